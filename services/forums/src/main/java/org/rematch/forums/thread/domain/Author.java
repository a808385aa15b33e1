package org.rematch.forums.thread.domain;

/**
 * Who wrote a thread or post: the account id and the display name their token carried when they wrote it (null if it
 * carried none). An erased account becomes {@link #ERASED}: no id, the name "[deleted]".
 */
public record Author(String accountId, String displayName) {

    /** What is left of an author whose account was erased. */
    public static final Author ERASED = new Author(null, "[deleted]");

    public Author {
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
    }

    public boolean is(String someAccountId) {
        return accountId != null && accountId.equals(someAccountId);
    }
}
