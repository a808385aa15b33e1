package org.rematch.forums.moderation;

import java.time.Clock;
import java.time.Instant;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.forums.forum.domain.Forum;
import org.rematch.forums.membership.JoinChecks;
import org.rematch.forums.membership.Members;
import org.rematch.forums.moderation.domain.FirstDayHold;
import org.rematch.forums.moderation.domain.ForumSettings;
import org.rematch.forums.moderation.domain.SlowMode;
import org.rematch.forums.moderation.domain.Standing;
import org.rematch.forums.thread.ModeratedContent;
import org.rematch.forums.thread.WritingChecks;
import org.springframework.stereotype.Component;

/**
 * Moderation's answer when someone writes or joins: their sanctions (checked against the clock now, so a mute ends on
 * time), the forum's slow mode and its first-day hold. Moderators of the forum are never slowed or held.
 */
@Component
class Standings implements WritingChecks, JoinChecks {

    private final Sanctions sanctions;
    private final SettingsStore settings;
    private final Members members;
    private final ModeratedContent content;
    private final Clock clock;

    Standings(Sanctions sanctions, SettingsStore settings, Members members, ModeratedContent content, Clock clock) {
        this.sanctions = sanctions;
        this.settings = settings;
        this.members = members;
        this.content = content;
        this.clock = clock;
    }

    @Override
    public void requireInGoodStanding(String forumId, Actor actor) {
        Standing.requireMayWrite(sanctions.unlifted(actor.accountId(), forumId), clock.instant());
    }

    @Override
    public void requireMayJoin(String forumId, Actor actor) {
        Standing.requireMayJoin(sanctions.unlifted(actor.accountId(), forumId), clock.instant());
    }

    @Override
    public boolean mayJoin(String forumId, Actor actor) {
        return Standing.mayJoin(sanctions.unlifted(actor.accountId(), forumId), clock.instant());
    }

    @Override
    public boolean admitNewPost(Forum forum, Actor actor) {
        if (forum.moderatedBy(actor)) {
            return false;
        }
        ForumSettings safeguards = settings.of(forum.forumId());
        Instant now = clock.instant();
        SlowMode slowMode = safeguards.slowMode();
        if (slowMode.on()) {
            slowMode.retryAt(content.postedSince(forum.forumId(), actor.accountId(), now.minus(SlowMode.WINDOW)), now)
                    .ifPresent(retryAt -> {
                        throw new SlowMode.SlowedDown(retryAt, slowMode.postsPerMinute());
                    });
        }
        return FirstDayHold.holds(safeguards.holdFirstDayPosts(), members.joinedAt(forum.forumId(), actor.accountId()).orElse(null),
                now);
    }
}
