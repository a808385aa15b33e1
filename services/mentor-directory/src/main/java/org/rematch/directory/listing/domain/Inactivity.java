package org.rematch.directory.listing.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a listing stopped taking mentees without the mentor saying so: matching saw proposals to them expire unanswered.
 * Shown to the mentor only; the public sees a listing that is not accepting.
 *
 * @param since  when the last of those proposals expired
 * @param reason in plain words, with what to do about it
 */
public record Inactivity(Instant since, String reason) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public Inactivity {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(reason, "reason");
    }

    /** After {@code unanswered} proposals in a row expired, each having had {@code respondWithin} to be answered. */
    public static Inactivity afterUnansweredProposals(int unanswered, Duration respondWithin, Instant since) {
        String proposals = unanswered == 1 ? "a proposal" : unanswered + " proposals in a row";
        return new Inactivity(since, "Rematch stopped proposing mentees to you on " + DAY.format(since) + " because " + proposals
                + " expired without an answer (mentors have " + inWords(respondWithin) + " to answer). Set yourself as"
                + " accepting again when you are ready to take mentees.");
    }

    /** "72 hours"; minutes or seconds when the duration is not whole hours. */
    static String inWords(Duration duration) {
        if (duration.toSeconds() % 3600 == 0) {
            return plural(duration.toHours(), "hour");
        }
        if (duration.toSeconds() % 60 == 0) {
            return plural(duration.toMinutes(), "minute");
        }
        return plural(Math.max(1, duration.toSeconds()), "second");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
