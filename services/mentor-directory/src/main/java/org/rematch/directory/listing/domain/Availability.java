package org.rematch.directory.listing.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a mentor takes new mentees: accepting; not accepting until they say so (closed); paused until a date; or
 * inactive, because they left proposals unanswered ({@code inactive} says why), until they accept again.
 * {@code pausedUntil} is the first day (UTC) the mentor accepts again: from that day on the listing counts as accepting
 * everywhere the directory answers, and the directory's pause sweep writes it back as accepting (a new version and a
 * new snapshot on directory.mentors), so matching sees it too.
 */
public record Availability(boolean accepting, LocalDate pausedUntil, Inactivity inactive) {

    /** How far ahead a pause may reach. */
    public static final int MAX_PAUSE_DAYS = 366;

    public static final Availability ACCEPTING = new Availability(true, null, null);
    public static final Availability CLOSED = new Availability(false, null, null);

    public Availability {
        if (accepting && pausedUntil != null) {
            throw new IllegalArgumentException("an accepting listing is not paused");
        }
        if (inactive != null && (accepting || pausedUntil != null)) {
            throw new IllegalArgumentException("an inactive listing is neither accepting nor paused");
        }
    }

    public static Availability pausedUntil(LocalDate date) {
        return new Availability(false, Objects.requireNonNull(date, "date"), null);
    }

    public static Availability inactive(Inactivity why) {
        return new Availability(false, null, Objects.requireNonNull(why, "why"));
    }

    /**
     * What a mentor asked for: {@code accepting} true or false, or a {@code pausedUntil} date (then accepting may be
     * left out or false). The date must lie after {@code today} and at most {@value #MAX_PAUSE_DAYS} days ahead.
     * With neither given, {@code ifAbsent} (a new listing accepts; a revision keeps what it had).
     */
    public static Availability of(Boolean accepting, LocalDate pausedUntil, LocalDate today, Availability ifAbsent) {
        Violations v = new Violations();
        if (pausedUntil != null) {
            v.check(!Boolean.TRUE.equals(accepting), "accepting", "must be false or left out when pausedUntil is set");
            v.check(pausedUntil.isAfter(today), "pausedUntil", "must be a future date (the first day you accept again)");
            v.check(!pausedUntil.isAfter(today.plusDays(MAX_PAUSE_DAYS)), "pausedUntil",
                    "must be at most " + MAX_PAUSE_DAYS + " days ahead");
        }
        v.throwIfAny();
        if (pausedUntil != null) {
            return pausedUntil(pausedUntil);
        }
        if (accepting == null) {
            return ifAbsent;
        }
        return accepting ? ACCEPTING : CLOSED;
    }

    /** True when the mentor takes new mentees on {@code today}: accepting, or a pause that has ended. */
    public boolean acceptingOn(LocalDate today) {
        return accepting || pauseEndedBy(today);
    }

    /** True when this is a pause whose end date has come. */
    public boolean pauseEndedBy(LocalDate today) {
        return pausedUntil != null && !today.isBefore(pausedUntil);
    }

    /** This availability as it stands on {@code today}: an ended pause is accepting again. */
    public Availability asOf(LocalDate today) {
        return pauseEndedBy(today) ? ACCEPTING : this;
    }
}
