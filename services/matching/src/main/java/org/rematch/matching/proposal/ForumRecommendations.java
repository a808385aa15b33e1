package org.rematch.matching.proposal;

import java.time.Instant;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import org.rematch.contracts.Topics;
import org.rematch.contracts.pairings.ForumsRecommended;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.matching.readmodel.ForumReadModel;
import org.rematch.matching.readmodel.MenteeReadModel;
import org.rematch.matching.readmodel.MenteeView;
import org.rematch.matching.recommendation.ForumCandidate;
import org.rematch.matching.recommendation.ForumRecommender;
import org.rematch.matching.recommendation.RecommendedForum;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Recommends peer forums once per mentee path version; nothing is sent when no open forum shares a tag. The event
 * names the mentee and says whether they asked to be invited or joined right away, so forums can act without asking.
 */
@Component
public class ForumRecommendations {

    private final MongoTemplate mongo;
    private final MenteeReadModel mentees;
    private final ForumReadModel forums;
    private final EventOutbox outbox;
    private final Clock clock;

    public ForumRecommendations(MongoTemplate mongo, MenteeReadModel mentees, ForumReadModel forums, EventOutbox outbox, Clock clock) {
        this.mongo = mongo;
        this.mentees = mentees;
        this.forums = forums;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void recommend(String menteeId, long menteeVersion) {
        MenteeView mentee = mentees.find(menteeId).orElse(null);
        if (mentee == null) {
            return;
        }
        List<ForumCandidate> candidates = forums.open().stream()
                .map(forum -> new ForumCandidate(forum.id(), forum.name(), forum.tags(), ForumReadModel.OPEN.equals(forum.state())))
                .toList();
        List<RecommendedForum> recommended = ForumRecommender.recommend(
                ForumRecommender.menteeTags(mentee.targetSpecialties(), mentee.medicalSchoolCountry(), mentee.visaNeed()), candidates);
        if (recommended.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        // the choice as it stands now travels with the event: forums acts on it even if the mentee changes it later
        ForumsRecommended event = new ForumsRecommended(menteeId, mentee.displayName(), recommended.stream()
                .map(forum -> new ForumsRecommended.RecommendedForum(forum.forumId(), forum.name(), new LinkedHashSet<>(forum.sharedTags())))
                .toList(), mentee.forumJoining(), now);
        try {
            mongo.insert(new Recommendation(menteeId + ":" + menteeVersion, menteeId, menteeVersion, recommended, now,
                    List.of(outbox.event(Topics.PAIRINGS, menteeId, event))), Recommendation.COLLECTION);
        } catch (DuplicateKeyException recommendedBefore) {
            // this version of the mentee's path got its recommendation already
        }
    }

    /** The forums recommended to the mentee, one entry per version of their path, oldest first. */
    public List<Recommendation> ofMentee(String menteeId) {
        return mongo.find(Query.query(Criteria.where("menteeId").is(menteeId)).with(Sort.by("menteeVersion")), Recommendation.class,
                Recommendation.COLLECTION);
    }

    public void deleteOfMentee(String menteeId) {
        mongo.remove(Query.query(Criteria.where("menteeId").is(menteeId)), Recommendation.COLLECTION);
    }
}
