package org.rematch.notifications.preferences.core;

import java.util.Arrays;
import java.util.Optional;

/** Enum constants by their exact names, as requests and stored documents spell them; an unknown name is none. */
final class Named {

    private Named() {
    }

    static <E extends Enum<E>> Optional<E> in(Class<E> type, Object name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
    }
}
