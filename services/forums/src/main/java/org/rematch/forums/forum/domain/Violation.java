package org.rematch.forums.forum.domain;

/** One thing wrong with what a caller sent: the field (or query parameter) and what it must be. */
public record Violation(String field, String message) {
}
