package org.rematch.notifications.preferences.core;

import java.util.EnumMap;
import java.util.Map;
import org.rematch.notifications.inbox.core.InboxItemType;

/**
 * A person's email choices for the types of inbox item they chose for; every other type gets its default
 * ({@link EmailOptions#byDefault}), so nothing is stored for a person who never chose.
 */
public record EmailPreferences(Map<InboxItemType, EmailChoice> chosen) {

    public EmailPreferences {
        chosen = chosen == null || chosen.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(chosen));
    }

    /**
     * The choices as stored (type name to choice name); a type or choice dropped since it was stored is skipped, and
     * the default stands in for it.
     */
    public static EmailPreferences fromStored(Map<String, ?> stored) {
        Map<InboxItemType, EmailChoice> chosen = new EnumMap<>(InboxItemType.class);
        stored.forEach((type, choice) -> Named.in(InboxItemType.class, type).ifPresent(knownType ->
                Named.in(EmailChoice.class, choice).ifPresent(knownChoice -> chosen.put(knownType, knownChoice))));
        return new EmailPreferences(chosen);
    }

    /** The choice in force for a type: the person's, while it is still open to them, or the default. */
    public EmailChoice choiceFor(InboxItemType type) {
        EmailChoice choice = chosen.get(type);
        return choice != null && EmailOptions.allowed(type).contains(choice) ? choice : EmailOptions.byDefault(type);
    }
}
