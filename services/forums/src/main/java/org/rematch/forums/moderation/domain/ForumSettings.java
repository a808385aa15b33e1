package org.rematch.forums.moderation.domain;

import java.util.ArrayList;
import java.util.List;
import org.rematch.forums.forum.domain.InvalidInput;
import org.rematch.forums.forum.domain.Violation;

/** A forum's new-member safeguards, set by its moderators: slow mode and holding first-day posts. Off by default. */
public record ForumSettings(SlowMode slowMode, boolean holdFirstDayPosts) {

    public static final ForumSettings DEFAULT = new ForumSettings(new SlowMode(0), false);

    /** Settings from a request; every problem reported at once. */
    public static ForumSettings of(Integer slowModePostsPerMinute, Boolean holdFirstDayPosts) {
        List<Violation> problems = new ArrayList<>();
        if (slowModePostsPerMinute == null || slowModePostsPerMinute < 0 || slowModePostsPerMinute > SlowMode.MAX) {
            problems.add(new Violation("slowModePostsPerMinute", "must be 0 (off) to " + SlowMode.MAX));
        }
        if (holdFirstDayPosts == null) {
            problems.add(new Violation("holdFirstDayPosts", "must be true or false"));
        }
        InvalidInput.throwIfAny(problems);
        return new ForumSettings(new SlowMode(slowModePostsPerMinute), holdFirstDayPosts);
    }
}
