package org.rematch.directory.listing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.rematch.contracts.mentors.MentorMarkedInactive;
import org.rematch.directory.listing.domain.Availability;
import org.rematch.directory.listing.domain.Inactivity;
import org.rematch.directory.listing.domain.InvalidInput;
import org.rematch.directory.listing.domain.Journey;
import org.rematch.directory.listing.domain.ListingSearch;
import org.rematch.directory.listing.domain.MentorListing;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

@Service
class MentorListingService {

    /** Attempts at an availability change that keeps meeting a concurrent write before the caller is told to retry. */
    private static final int ATTEMPTS = 3;

    private final MentorListings listings;
    private final MatchScores matchScores;
    private final Clock clock;

    MentorListingService(MentorListings listings, MatchScores matchScores, Clock clock) {
        this.listings = listings;
        this.matchScores = matchScores;
        this.clock = clock;
    }

    /** Today in UTC: the day pause dates and "not in the future" are judged by. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    MentorListingView list(String mentorId, String displayName, ListingRequest request) {
        LocalDate today = today();
        Journey journey = request.journey().validate(today);
        Availability availability = Availability.of(request.accepting(), request.pausedUntil(), today, Availability.ACCEPTING);
        MentorListing listing = MentorListing.list(mentorId, displayName, journey, availability);
        try {
            return MentorListingView.of(listings.insert(listing, clock.instant()), today);
        } catch (DuplicateKeyException alreadyListed) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "You already have a listing; change it with PUT /api/mentors/me");
        }
    }

    /**
     * Replaces the listing if {@code expectedVersion} (from If-Match) is still its version: 404 without a listing,
     * 428 without If-Match, 409 when stale (also when a concurrent write wins the race).
     */
    MentorListingView revise(String mentorId, String displayName, ListingRequest request, OptionalLong expectedVersion) {
        LocalDate today = today();
        Journey journey = request.journey().validate(today);
        MentorListing current = own(mentorId).toListing();
        long expected = expectedVersion.orElseThrow(() -> new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
                "Send If-Match with the ETag of your listing (GET /api/mentors/me) so a stale change cannot overwrite a newer one"));
        if (expected != current.version()) {
            throw stale(current.version());
        }
        Availability availability = Availability.of(request.accepting(), request.pausedUntil(), today,
                current.availability().asOf(today));
        if (!listings.replace(current.revise(displayName, journey, availability), clock.instant())) {
            throw stale(expected + 1);
        }
        return mine(mentorId);
    }

    /** Sets availability; If-Match is optional here (checked when sent). An unchanged availability writes nothing. */
    MentorListingView changeAvailability(String mentorId, AvailabilityRequest request, OptionalLong expectedVersion) {
        LocalDate today = today();
        if (request.accepting() == null && request.pausedUntil() == null) {
            throw InvalidInput.of("accepting", "is required (or give pausedUntil)");
        }
        Availability wanted = Availability.of(request.accepting(), request.pausedUntil(), today, null);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            MentorListing current = own(mentorId).toListing();
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
                throw stale(current.version());
            }
            MentorListing changed = current.withAvailability(wanted);
            if (changed == current || listings.replace(changed, clock.instant())) {
                return mine(mentorId);
            }
        }
        throw new ResponseStatusException(HttpStatus.CONFLICT, "Your listing was changed concurrently; please retry");
    }

    /**
     * Marks the listing inactive, as matching asked, unless the mentor closed or paused it meanwhile (their choice
     * stands) or it is inactive already; a new version and snapshot, so matching sees it too. Retried on a concurrent
     * write; a listing that is gone needs nothing.
     */
    void markInactive(MentorMarkedInactive marked) {
        Inactivity why = Inactivity.afterUnansweredProposals(marked.unansweredInARow(), marked.respondWithin(), marked.markedAt());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<MentorListing> changed = listings.find(marked.mentorId())
                    .flatMap(document -> document.toListing().markedInactive(why, today()));
            if (changed.isEmpty() || listings.replace(changed.get(), clock.instant())) {
                return;
            }
        }
        throw new IllegalStateException("Listing " + marked.mentorId() + " kept changing; the event is retried");
    }

    MentorListingView mine(String mentorId) {
        return MentorListingView.of(own(mentorId), today());
    }

    private MentorListingDocument own(String mentorId) {
        return listings.find(mentorId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "You have no listing yet; create it with POST /api/mentors"));
    }

    private static ResponseStatusException stale(long currentVersion) {
        return new ResponseStatusException(HttpStatus.CONFLICT, "Your listing has changed since you read it (it is at version "
                + currentVersion + " or later); GET /api/mentors/me and apply your change again");
    }

    PublicListing one(String mentorId) {
        return listings.find(mentorId).map(document -> PublicListing.of(document.toListing(), today())).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No mentor listing with id " + mentorId));
    }

    /**
     * Runs a search. Sorted by match, it asks matching for the calling mentee's scores first ({@code authorization} is the
     * caller's header); when matching cannot answer, the search is sorted by relevance and the page says why.
     */
    DirectoryPage search(ListingSearch search, String authorization) {
        if (search.sort() != ListingSearch.Sort.MATCH) {
            return page(search, Map.of(), null);
        }
        return switch (matchScores.forMentee(authorization)) {
            case MatchScores.Scores scores -> page(search, scores.byMentorId(), null);
            case MatchScores.Unavailable unavailable -> page(search.sortedBy(ListingSearch.Sort.RELEVANCE), Map.of(), unavailable.notice());
        };
    }

    private DirectoryPage page(ListingSearch search, Map<String, Double> scores, String notice) {
        LocalDate today = today();
        ListingSearch.Page<ListingSearch.Listed> page = search.run(listings.candidates(search), today, scores);
        return new DirectoryPage(page.items().stream()
                .map(listed -> PublicListing.of(listed.listing(), today, scores.get(listed.listing().mentorId()))).toList(),
                page.page(), page.size(), page.total(), page.totalPages(), search.sort().name().toLowerCase(Locale.ROOT), notice);
    }
}
