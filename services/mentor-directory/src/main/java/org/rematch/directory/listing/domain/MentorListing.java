package org.rematch.directory.listing.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A mentor's entry in the directory. The mentor id is their account id; every change raises the version, which
 * travels in the listing snapshot so readers apply only newer states.
 */
public record MentorListing(String mentorId, long version, String displayName, Journey journey, Availability availability) {

    static final int MAX_DISPLAY_NAME = 100;

    public MentorListing {
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(availability, "availability");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
        displayName = displayName(displayName, mentorId);
    }

    /** The first version of a mentor's listing. */
    public static MentorListing list(String mentorId, String displayName, Journey journey, Availability availability) {
        return new MentorListing(mentorId, 1, displayName, journey, availability);
    }

    /** The next version: the new journey and availability, and the display name the mentor goes by now. */
    public MentorListing revise(String newDisplayName, Journey newJourney, Availability newAvailability) {
        return new MentorListing(mentorId, version + 1, newDisplayName, newJourney, newAvailability);
    }

    /** The next version with another availability, or this listing when nothing changes. */
    public MentorListing withAvailability(Availability newAvailability) {
        return newAvailability.equals(availability) ? this
                : new MentorListing(mentorId, version + 1, displayName, journey, newAvailability);
    }

    /**
     * The next version, inactive for {@code why}, if the listing takes mentees on {@code today}; a mentor who closed or
     * paused the listing meanwhile chose already, and an inactive one stays as it is.
     */
    public Optional<MentorListing> markedInactive(Inactivity why, LocalDate today) {
        return availability.acceptingOn(today) ? Optional.of(withAvailability(Availability.inactive(why))) : Optional.empty();
    }

    /** The next version, accepting again, when this listing's pause has ended by {@code today}. */
    public Optional<MentorListing> resumedIfPauseEnded(LocalDate today) {
        return availability.pauseEndedBy(today) ? Optional.of(withAvailability(Availability.ACCEPTING)) : Optional.empty();
    }

    /** The name the account goes by, or a neutral stand-in when the token carries none. */
    static String displayName(String name, String mentorId) {
        if (name == null || name.isBlank()) {
            return "Mentor " + mentorId.substring(0, Math.min(8, mentorId.length()));
        }
        String stripped = name.strip();
        return stripped.length() <= MAX_DISPLAY_NAME ? stripped : stripped.substring(0, MAX_DISPLAY_NAME);
    }
}
