package org.rematch.forums.thread;

/**
 * Who reads: what a hidden or held post shows depends on it. The author of a post and the forum's moderators (and
 * admins) see its words with a notice; everyone else sees that it is hidden, or (held) does not see it at all.
 */
record Viewer(String accountId, boolean moderator) {

    boolean is(String someAccountId) {
        return someAccountId != null && someAccountId.equals(accountId);
    }
}
