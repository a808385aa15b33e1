package org.rematch.directory.listing;

import java.util.List;
import org.rematch.kit.privacy.AccountErasure;
import org.rematch.kit.privacy.TombstoneOutbox;
import org.springframework.stereotype.Component;

/**
 * An erased account's listing goes: first a tombstone on directory.mentors is queued (so matching and everyone else
 * reading the compacted topic forget the mentor), then the listing document is deleted. Running it again finds no
 * listing and does nothing; a crash between the two steps leaves the listing for the redelivered tombstone, which
 * announces again (a second tombstone is harmless) and deletes.
 */
@Component
class ListingErasure implements AccountErasure {

    private final MentorListings listings;
    private final TombstoneOutbox tombstones;

    ListingErasure(MentorListings listings, TombstoneOutbox tombstones) {
        this.listings = listings;
        this.tombstones = tombstones;
    }

    @Override
    public void erase(String accountId) {
        if (listings.find(accountId).isEmpty()) {
            return;
        }
        tombstones.announce(accountId, List.of(listings.tombstone(accountId)));
        listings.delete(accountId);
    }
}
