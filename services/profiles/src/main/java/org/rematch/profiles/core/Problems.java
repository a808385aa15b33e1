package org.rematch.profiles.core;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is wrong with something a person sent, by field path ({@code usmle.step2ck.score}, {@code languages[1]}), in
 * the order the rules found it; the first problem of a field wins.
 */
public final class Problems {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public Problems add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    /** Names every null element of a list ({@code field[i]}); true when there was none. */
    boolean noNullIn(String field, List<?> values, String message) {
        boolean clean = true;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                add(field + "[" + i + "]", message);
                clean = false;
            }
        }
        return clean;
    }

    /** Names a collection holding a null (a set has no positions to name). */
    boolean noNullIn(String field, Collection<?> values) {
        if (values != null && values.stream().anyMatch(Objects::isNull)) {
            add(field, "must not contain null");
            return false;
        }
        return true;
    }

    boolean between(String field, Integer value, int min, int max) {
        if (value == null) {
            add(field, "must not be null");
            return false;
        }
        if (value < min || value > max) {
            add(field, "must be between " + min + " and " + max);
            return false;
        }
        return true;
    }
}
