package org.rematch.forums.forum;

import java.util.List;
import org.rematch.contracts.forums.ForumState;
import org.rematch.forums.markdown.Markdown;

/**
 * A forum as anyone signed in sees it: who moderates it is public, so people know whom to turn to. {@code rules} is
 * the markdown as its moderators wrote it (for editing), {@code rulesHtml} the same made safe to show.
 */
public record ForumView(String forumId, String name, String description, String rules, String rulesHtml, List<String> tags,
        ForumState state, int memberCount, String createdBy, List<String> moderators) {

    static ForumView of(ForumDocument document, Markdown markdown) {
        return new ForumView(document.forumId(), document.name(), document.description(), document.rules(),
                markdown.render(document.rules()), document.tags(), document.state(), document.memberCount(), document.createdBy(),
                document.moderators());
    }
}
