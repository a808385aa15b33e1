package org.rematch.directory.listing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of a directory search: the listings, where the page sits and how many listings match in all. {@code sort}
 * is the order applied; {@code notice} says why it is not the one asked for (match scores unavailable), else absent.
 */
public record DirectoryPage(List<PublicListing> items, int page, int size, long total, int totalPages, String sort,
        @JsonInclude(JsonInclude.Include.NON_NULL) String notice) {
}
