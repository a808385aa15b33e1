package org.rematch.forums.moderation.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a person may write (start threads, reply, edit) in a forum, or join it, given the sanctions on them there
 * and their suspensions. Only sanctions in force at {@code now} count, so an expired mute stops counting on time.
 */
public final class Standing {

    private Standing() {
    }

    /** The sanction that keeps the person from writing: the most severe in force, then the one ending last. */
    public static Optional<Sanction> blocking(List<Sanction> sanctions, Instant now) {
        return sanctions.stream().filter(s -> s.activeAt(now))
                .max(Comparator.comparingInt((Sanction s) -> s.kind().severity())
                        .thenComparing(s -> s.until() == null ? Instant.MAX : s.until()));
    }

    /** Refuses writing while a sanction is in force, telling the person which, why and until when. */
    public static void requireMayWrite(List<Sanction> sanctions, Instant now) {
        blocking(sanctions, now).ifPresent(s -> {
            throw new Sanctioned(s, switch (s.kind()) {
                case MUTE -> "You are muted in this forum and cannot post, reply or edit until the mute ends";
                case BAN -> "You are banned from this forum";
                case SUSPENSION -> "Your account is suspended from all forums";
            });
        });
    }

    /** Refuses joining while banned from the forum or suspended (a muted person may still join and read). */
    public static void requireMayJoin(List<Sanction> sanctions, Instant now) {
        requireMayWrite(keepingFromJoining(sanctions), now);
    }

    /** Whether the person may join, by the rule of {@link #requireMayJoin}. */
    public static boolean mayJoin(List<Sanction> sanctions, Instant now) {
        return blocking(keepingFromJoining(sanctions), now).isEmpty();
    }

    private static List<Sanction> keepingFromJoining(List<Sanction> sanctions) {
        return sanctions.stream().filter(s -> s.kind() != SanctionKind.MUTE).toList();
    }

    /** A sanction refuses the request: the web layer answers 403 with its code, the moderator's reason and its end. */
    public static final class Sanctioned extends RuntimeException {
        private final transient Sanction sanction;

        public Sanctioned(Sanction sanction, String message) {
            super(message);
            this.sanction = sanction;
        }

        public Sanction sanction() {
            return sanction;
        }
    }
}
