package org.rematch.forums.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.forum.domain.PathTag;

/**
 * A forum's name, description, rules (markdown, shown to everyone who opens the forum) and path tags: POST /api/forums
 * creates one, PUT /api/forums/{forumId} replaces them.
 */
public record ForumRequest(
        @NotBlank @Size(max = Forum.MAX_NAME)
        String name,
        @Size(max = Forum.MAX_DESCRIPTION)
        String description,
        @Size(max = Forum.MAX_RULES)
        String rules,
        @NotNull @Size(min = Forum.MIN_TAGS, max = Forum.MAX_TAGS)
        Set<@NotNull @Pattern(regexp = PathTag.PATTERN,
                message = "must be a path tag like specialty:IM, country:PK, visa:J1, cycle:2026 or goal:research") String> tags) {
}
