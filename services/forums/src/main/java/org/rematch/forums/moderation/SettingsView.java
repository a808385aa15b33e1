package org.rematch.forums.moderation;

import org.rematch.forums.moderation.domain.ForumSettings;

/** A forum's new-member safeguards. */
public record SettingsView(String forumId, int slowModePostsPerMinute, boolean holdFirstDayPosts) {

    static SettingsView of(String forumId, ForumSettings settings) {
        return new SettingsView(forumId, settings.slowMode().postsPerMinute(), settings.holdFirstDayPosts());
    }
}
