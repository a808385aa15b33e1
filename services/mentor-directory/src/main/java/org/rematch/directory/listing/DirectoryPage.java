package org.rematch.directory.listing;

import java.util.List;

/** One page of a directory search: the listings, where the page sits and how many listings match in all. */
public record DirectoryPage(List<PublicListing> items, int page, int size, long total, int totalPages, String sort) {
}
