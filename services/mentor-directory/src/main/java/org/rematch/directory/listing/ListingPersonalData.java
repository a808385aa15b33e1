package org.rematch.directory.listing;

import org.rematch.kit.privacy.PersonalData;
import org.springframework.stereotype.Component;

/** For the data export: the caller's listing with everything stored about it (null when they have none). */
@Component
class ListingPersonalData implements PersonalData {

    /** What the directory holds on one account. */
    public record DirectoryData(MentorListingView listing) {
    }

    private final MentorListings listings;
    private final MentorListingService service;

    ListingPersonalData(MentorListings listings, MentorListingService service) {
        this.listings = listings;
        this.service = service;
    }

    @Override
    public DirectoryData of(String accountId) {
        return new DirectoryData(listings.find(accountId).map(document -> MentorListingView.of(document, service.today())).orElse(null));
    }
}
