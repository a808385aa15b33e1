package org.rematch.forums.membership;

import java.util.Map;
import org.rematch.forums.forum.ForumCatalog;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The safety net under {@link MemberCounts}: if the service died between writing a membership and recording the
 * count, no later request may come to fix it, so every minute (by default) the counts held by the forums are compared
 * with the memberships, counted in one aggregation, and any forum that differs is recounted and published.
 */
@Component
class MemberCountSweep {

    private final MemberCounts counts;
    private final Memberships memberships;
    private final ForumCatalog catalog;

    MemberCountSweep(MemberCounts counts, Memberships memberships, ForumCatalog catalog) {
        this.counts = counts;
        this.memberships = memberships;
        this.catalog = catalog;
    }

    @Scheduled(fixedDelayString = "${rematch.forums.member-count-sweep:60s}",
            initialDelayString = "${rematch.forums.member-count-sweep:60s}")
    void correct() {
        Map<String, Long> counted = memberships.countsByForum();
        catalog.memberCounts().forEach((forumId, held) -> {
            if (held.longValue() != counted.getOrDefault(forumId, 0L)) {
                counts.refresh(forumId);
            }
        });
    }
}
