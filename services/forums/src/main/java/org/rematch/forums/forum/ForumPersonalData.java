package org.rematch.forums.forum;

import java.time.Instant;
import java.util.List;
import org.rematch.contracts.forums.ForumState;
import org.rematch.kit.privacy.PersonalData;
import org.springframework.stereotype.Component;

/** For the data export: the forums the caller created or moderates, and their part in each. */
@Component
class ForumPersonalData implements PersonalData {

    /** What forums holds on one account. */
    public record ForumsData(List<ForumInvolvement> forums) {
    }

    /** One forum the person created or moderates; other people (fellow moderators) are not listed. */
    public record ForumInvolvement(String forumId, String name, ForumState state, boolean createdByYou, boolean moderatedByYou,
            Instant createdAt) {
    }

    private final Forums forums;

    ForumPersonalData(Forums forums) {
        this.forums = forums;
    }

    @Override
    public ForumsData of(String accountId) {
        return new ForumsData(forums.involving(accountId).stream()
                .map(forum -> new ForumInvolvement(forum.forumId(), forum.name(), forum.state(), accountId.equals(forum.createdBy()),
                        forum.moderators().contains(accountId), forum.createdAt()))
                .toList());
    }
}
