package org.rematch.forums.moderation.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.rematch.forums.forum.domain.InvalidInput;

/**
 * A mute, ban or suspension of {@code accountId}: in {@code forumId} (null for a suspension, which covers every
 * forum), by {@code byId}, for {@code reason}, from {@code at} until {@code until} (null: until lifted). Expiry is a
 * comparison with the clock when someone tries to write ({@link #activeAt}), so a mute ends on time without any job
 * having to run. Lifting early records {@code liftedAt}.
 */
public record Sanction(String sanctionId, SanctionKind kind, String forumId, String accountId, String byId, String reason,
        Instant at, Instant until, Instant liftedAt) {

    public static final Duration MIN_MUTE = Duration.ofHours(1);
    public static final Duration MAX_MUTE = Duration.ofDays(30);

    public Sanction {
        Objects.requireNonNull(sanctionId, "sanctionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        if ((kind == SanctionKind.SUSPENSION) != (forumId == null)) {
            throw new IllegalArgumentException("a suspension covers every forum; a mute or ban one forum");
        }
    }

    /**
     * A mute for {@code duration}, an ISO-8601 duration from {@value #MIN_MUTE_TEXT} to {@value #MAX_MUTE_TEXT}
     * ("PT1H", "PT90M", "P7D"). A mute always ends: it is a pause, not an exclusion.
     */
    public static Sanction mute(String sanctionId, String forumId, String accountId, String byId, String reason,
            String duration, Instant at) {
        String why = Reasons.require("reason", reason);
        return new Sanction(sanctionId, SanctionKind.MUTE, forumId, accountId, byId, why, at, at.plus(muteLength(duration)), null);
    }

    static final String MIN_MUTE_TEXT = "PT1H";
    static final String MAX_MUTE_TEXT = "P30D";

    /** A ban from one forum until lifted, or until {@code until} if given (which must lie in the future). */
    public static Sanction ban(String sanctionId, String forumId, String accountId, String byId, String reason, String until,
            Instant at) {
        String why = Reasons.require("reason", reason);
        return new Sanction(sanctionId, SanctionKind.BAN, forumId, accountId, byId, why, at, optionalEnd(until, at), null);
    }

    /** A suspension from every forum until lifted, or until {@code until}. */
    public static Sanction suspend(String sanctionId, String accountId, String byId, String reason, String until, Instant at) {
        String why = Reasons.require("reason", reason);
        return new Sanction(sanctionId, SanctionKind.SUSPENSION, null, accountId, byId, why, at, optionalEnd(until, at), null);
    }

    /** In force at {@code now}: not lifted and not yet ended ({@code until} is the first instant it no longer applies). */
    public boolean activeAt(Instant now) {
        return liftedAt == null && !now.isBefore(at) && (until == null || now.isBefore(until));
    }

    static Duration muteLength(String duration) {
        String rule = "must be an ISO-8601 duration from " + MIN_MUTE_TEXT + " (1 hour) to " + MAX_MUTE_TEXT
                + " (30 days), e.g. PT1H, PT12H, P7D";
        if (duration == null || duration.isBlank()) {
            throw InvalidInput.of("duration", rule);
        }
        Duration parsed;
        try {
            parsed = Duration.parse(duration.strip());
        } catch (DateTimeParseException notADuration) {
            throw InvalidInput.of("duration", rule);
        }
        if (parsed.compareTo(MIN_MUTE) < 0 || parsed.compareTo(MAX_MUTE) > 0) {
            throw InvalidInput.of("duration", rule);
        }
        return parsed;
    }

    static Instant optionalEnd(String until, Instant now) {
        if (until == null || until.isBlank()) {
            return null;
        }
        Instant end;
        try {
            end = Instant.parse(until.strip());
        } catch (DateTimeParseException notAnInstant) {
            throw InvalidInput.of("until", "must be an ISO-8601 instant such as 2026-12-31T00:00:00Z, or left out");
        }
        if (!end.isAfter(now)) {
            throw InvalidInput.of("until", "must lie in the future");
        }
        return end;
    }
}
