package org.rematch.profiles.core;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Sets of constants in their declared order, so views, documents and events list them the same way every time. */
final class Sorted {

    private Sorted() {
    }

    /** The set in natural order; a null, or a set holding null (which the rules then name), stays as it is. */
    static <T extends Comparable<T>> Set<T> set(Set<T> values) {
        if (values == null || values.stream().anyMatch(Objects::isNull)) {
            return values;
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }
}
