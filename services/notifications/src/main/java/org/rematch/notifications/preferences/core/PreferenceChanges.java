package org.rematch.notifications.preferences.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rematch.notifications.inbox.core.InboxItemType;

/**
 * The email choices a person asks for (type name to choice name, as they arrive in a request), read and checked: each
 * type must exist and each choice must be open for it.
 *
 * @param changes  the choices that are valid, when there are no problems
 * @param problems what is wrong, each naming its field ({@code email.TYPE}); empty when every change is valid
 */
public record PreferenceChanges(Map<InboxItemType, EmailChoice> changes, List<Problem> problems) {

    /** What is wrong with one field of the request. */
    public record Problem(String field, String message) {
    }

    public PreferenceChanges {
        changes = Map.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public static PreferenceChanges read(Map<String, String> requested) {
        Map<InboxItemType, EmailChoice> changes = new EnumMap<>(InboxItemType.class);
        List<Problem> problems = new ArrayList<>();
        requested.forEach((typeName, choiceName) -> {
            String field = "email." + typeName;
            InboxItemType type = Named.in(InboxItemType.class, typeName).orElse(null);
            if (type == null) {
                problems.add(new Problem(field, "is not a type of notification; the types are " + names(InboxItemType.values())));
                return;
            }
            EmailChoice choice = Named.in(EmailChoice.class, choiceName).orElse(null);
            List<EmailChoice> allowed = EmailOptions.allowed(type);
            if (choice == null || !allowed.contains(choice)) {
                problems.add(new Problem(field, "must be one of " + names(allowed.toArray(EmailChoice[]::new))
                        + (EmailOptions.canTurnOff(type) ? "" : ": emails about " + EmailOptions.about(type) + " cannot be turned off")));
                return;
            }
            changes.put(type, choice);
        });
        return new PreferenceChanges(problems.isEmpty() ? changes : Map.of(), problems);
    }

    private static String names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    }
}
