package org.rematch.forums.thread;

import org.rematch.forums.markdown.Markdown;
import java.time.Instant;

/**
 * A post as readers see it: {@code body} is the CommonMark as written, {@code html} the same rendered and sanitised,
 * ready to insert into a page. A deleted post has neither ({@code deleted} true); an erased author shows as
 * authorId null, authorName "[deleted]". A post {@code hidden} pending review shows no words to readers; its author and
 * the forum's moderators still see them, with a {@code notice} saying why others do not. A {@code held} post (waiting
 * for approval) is shown only to its author and the moderators.
 */
public record PostView(String postId, String threadId, String forumId, String authorId, String authorName, String body,
        String html, Instant createdAt, Instant editedAt, boolean deleted, boolean hidden, boolean held, String notice) {

    static final String HIDDEN_BY_REPORTS = "Hidden after several members reported it, until a moderator reviews it";
    static final String HIDDEN_BY_MODERATOR = "Hidden by a moderator";
    static final String HELD = "Waiting for a moderator's approval: only you and the moderators see it for now";
    static final String REMOVED = "Removed by a moderator";

    static PostView of(PostDocument post, Markdown markdown, Viewer viewer) {
        boolean seesWords = !post.hidden() || viewer.moderator() || viewer.is(post.authorId());
        String body = seesWords ? post.toPost().body() : null;
        return new PostView(post.postId(), post.threadId(), post.forumId(), post.authorId(), post.authorName(), body,
                markdown.render(body), post.createdAt(), post.editedAt(), post.deletedAt() != null, post.hidden(), post.held(),
                notice(post));
    }

    private static String notice(PostDocument post) {
        if (PostDocument.BY_MODERATOR.equals(post.removedBy())) {
            return REMOVED;
        }
        if (post.held()) {
            return HELD;
        }
        if (post.hidden()) {
            return PostDocument.BY_REPORTS.equals(post.hiddenBy()) ? HIDDEN_BY_REPORTS : HIDDEN_BY_MODERATOR;
        }
        return null;
    }
}
