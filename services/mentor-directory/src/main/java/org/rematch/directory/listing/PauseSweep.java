package org.rematch.directory.listing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes ended pauses back as accepting: each listing whose {@code pausedUntil} day has come (UTC) gets a new version,
 * accepting and unpaused, with its snapshot in the same conditional update, so matching learns the mentor is back.
 * Reads already show an ended pause as accepting; this makes the stored state and directory.mentors agree within a
 * sweep interval. A listing changed concurrently is left for the next sweep.
 */
@Component
class PauseSweep {

    private static final int BATCH = 200;

    private final MentorListings listings;
    private final Clock clock;

    PauseSweep(MentorListings listings, Clock clock) {
        this.listings = listings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${rematch.directory.pause-sweep-delay:PT5S}",
            fixedDelayString = "${rematch.directory.pause-sweep-interval:PT1M}")
    void sweep() {
        resumeEndedPauses();
    }

    /** Resumes the listings whose pause has ended; returns how many it resumed. */
    int resumeEndedPauses() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int resumed = 0;
        for (MentorListingDocument document : listings.pausesEndedBy(today, BATCH)) {
            var next = document.toListing().resumedIfPauseEnded(today);
            if (next.isPresent() && listings.replace(next.get(), clock.instant())) {
                resumed++;
            }
        }
        return resumed;
    }
}
