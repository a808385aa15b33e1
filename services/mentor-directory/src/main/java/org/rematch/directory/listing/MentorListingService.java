package org.rematch.directory.listing;

import java.time.Clock;
import java.util.List;
import org.rematch.directory.listing.domain.ListingSearch;
import org.rematch.directory.listing.domain.MentorListing;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

@Service
class MentorListingService {

    /** Attempts at a revision that keeps meeting a concurrent one before the caller is told to retry. */
    private static final int REVISION_ATTEMPTS = 3;

    private final MentorListings listings;
    private final Clock clock;

    MentorListingService(MentorListings listings, Clock clock) {
        this.listings = listings;
        this.clock = clock;
    }

    MentorListingView list(String mentorId, String displayName, ListingRequest request) {
        MentorListing listing = MentorListing.list(mentorId, displayName, request.journey(true));
        try {
            return MentorListingView.of(listings.insert(listing, clock.instant()));
        } catch (DuplicateKeyException alreadyListed) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "You already have a listing; change it with PUT /api/mentors/me");
        }
    }

    MentorListingView revise(String mentorId, String displayName, ListingRequest request) {
        for (int attempt = 0; attempt < REVISION_ATTEMPTS; attempt++) {
            MentorListing current = own(mentorId).toListing();
            MentorListing revised = current.revise(displayName, request.journey(current.journey().accepting()));
            if (listings.replace(revised, clock.instant())) {
                return mine(mentorId);
            }
        }
        throw new ResponseStatusException(HttpStatus.CONFLICT, "Your listing was changed concurrently; please retry");
    }

    MentorListingView mine(String mentorId) {
        return MentorListingView.of(own(mentorId));
    }

    private MentorListingDocument own(String mentorId) {
        return listings.find(mentorId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "You have no listing yet; create it with POST /api/mentors"));
    }

    PublicListing one(String mentorId) {
        return listings.find(mentorId).map(PublicListing::of).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No mentor listing with id " + mentorId));
    }

    List<PublicListing> search(ListingSearch search) {
        return listings.search(search).stream().map(PublicListing::of).toList();
    }
}
