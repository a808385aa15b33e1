package org.rematch.directory.listing.domain;

/** One thing wrong with what a caller sent: the field (or query parameter, or header) and what it must be. */
public record Violation(String field, String message) {
}
