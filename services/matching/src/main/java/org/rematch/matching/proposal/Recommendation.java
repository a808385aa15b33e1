package org.rematch.matching.proposal;

import java.time.Instant;
import java.util.List;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.matching.recommendation.RecommendedForum;

/**
 * Forums recommended to a mentee for one version of their path (collection {@code recommendations},
 * id = menteeId:version), inserted once with ForumsRecommended in its outbox.
 */
public record Recommendation(String id, String menteeId, long menteeVersion, List<RecommendedForum> forums,
        Instant recommendedAt, List<OutboxEvent> outbox) {

    public static final String COLLECTION = "recommendations";
}
