package org.rematch.contracts;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.forums.ForumArchived;
import org.rematch.contracts.forums.ForumLocked;
import org.rematch.contracts.forums.ForumSnapshot;
import org.rematch.contracts.forums.MemberBanned;
import org.rematch.contracts.forums.MemberJoined;
import org.rematch.contracts.forums.MemberLeft;
import org.rematch.contracts.forums.MemberMuted;
import org.rematch.contracts.forums.MemberReported;
import org.rematch.contracts.forums.MemberSuspended;
import org.rematch.contracts.forums.PostHidden;
import org.rematch.contracts.forums.PostReported;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.rematch.contracts.mentors.MentorListingSnapshot;
import org.rematch.contracts.mentors.MentorMarkedInactive;
import org.rematch.contracts.pairings.ForumsRecommended;
import org.rematch.contracts.pairings.PairingAccepted;
import org.rematch.contracts.pairings.PairingDeclined;
import org.rematch.contracts.pairings.PairingEnded;
import org.rematch.contracts.pairings.PairingExpired;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.contracts.pairings.PairingReminderDue;
import org.rematch.contracts.pairings.PairingWithdrawn;

/**
 * The ce_type of every event record: {@code org.rematch.<service>.<EventName>.v<N>}. Consumers resolve the
 * record class from the ce_type header, so one topic can carry several event types.
 */
public final class EventTypes {

    private static final Map<Class<?>, String> TYPES = Map.ofEntries(
            Map.entry(AccountSnapshot.class, "org.rematch.profiles.AccountSnapshot.v1"),
            Map.entry(MenteeSnapshot.class, "org.rematch.profiles.MenteeSnapshot.v1"),
            Map.entry(MentorListingSnapshot.class, "org.rematch.directory.MentorListingSnapshot.v1"),
            Map.entry(ForumSnapshot.class, "org.rematch.forums.ForumSnapshot.v1"),
            Map.entry(MemberJoined.class, "org.rematch.forums.MemberJoined.v1"),
            Map.entry(MemberLeft.class, "org.rematch.forums.MemberLeft.v1"),
            Map.entry(PostReported.class, "org.rematch.forums.PostReported.v1"),
            Map.entry(MemberReported.class, "org.rematch.forums.MemberReported.v1"),
            Map.entry(PostHidden.class, "org.rematch.forums.PostHidden.v1"),
            Map.entry(MemberMuted.class, "org.rematch.forums.MemberMuted.v1"),
            Map.entry(MemberBanned.class, "org.rematch.forums.MemberBanned.v1"),
            Map.entry(MemberSuspended.class, "org.rematch.forums.MemberSuspended.v1"),
            Map.entry(ForumLocked.class, "org.rematch.forums.ForumLocked.v1"),
            Map.entry(ForumArchived.class, "org.rematch.forums.ForumArchived.v1"),
            Map.entry(PairingProposed.class, "org.rematch.matching.PairingProposed.v1"),
            Map.entry(PairingAccepted.class, "org.rematch.matching.PairingAccepted.v1"),
            Map.entry(PairingDeclined.class, "org.rematch.matching.PairingDeclined.v1"),
            Map.entry(PairingExpired.class, "org.rematch.matching.PairingExpired.v1"),
            Map.entry(PairingReminderDue.class, "org.rematch.matching.PairingReminderDue.v1"),
            Map.entry(PairingWithdrawn.class, "org.rematch.matching.PairingWithdrawn.v1"),
            Map.entry(PairingEnded.class, "org.rematch.matching.PairingEnded.v1"),
            Map.entry(ForumsRecommended.class, "org.rematch.matching.ForumsRecommended.v1"),
            Map.entry(MentorMarkedInactive.class, "org.rematch.matching.MentorMarkedInactive.v1"));

    private static final Map<String, Class<?>> CLASSES = TYPES.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private EventTypes() {
    }

    public static String typeOf(Class<?> eventClass) {
        String type = TYPES.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not a registered event");
        }
        return type;
    }

    public static Optional<Class<?>> classOf(String type) {
        return Optional.ofNullable(type).map(CLASSES::get);
    }

    public static Map<String, Class<?>> all() {
        return TYPES.keySet().stream().collect(Collectors.toUnmodifiableMap(EventTypes::typeOf, Function.identity()));
    }
}
