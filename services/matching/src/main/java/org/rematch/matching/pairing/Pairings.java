package org.rematch.matching.pairing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import org.rematch.kit.outbox.OutboxEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code pairings} collection. Every state change is one single-document write that also carries its event. */
@Component
public class Pairings {

    private final MongoTemplate mongo;

    public Pairings(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Pairing.COLLECTION).createIndex(new Index().on("menteeId", Sort.Direction.ASC));
        mongo.indexOps(Pairing.COLLECTION).createIndex(new Index().on("mentorId", Sort.Direction.ASC));
        mongo.indexOps(Pairing.COLLECTION).createIndex(new Index().on("state", Sort.Direction.ASC).on("respondBy", Sort.Direction.ASC));
    }

    /**
     * Inserts a new pairing with its outbox in one insert.
     *
     * @return false if a pairing with that id exists already (the proposal was made before)
     */
    public boolean insert(Pairing pairing) {
        try {
            mongo.insert(pairing, Pairing.COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyProposed) {
            return false;
        }
    }

    public Optional<Pairing> find(String pairingId) {
        return Optional.ofNullable(mongo.findById(pairingId, Pairing.class, Pairing.COLLECTION));
    }

    /** The mentee's pairings, oldest round first. */
    public List<Pairing> ofMentee(String menteeId) {
        return mongo.find(Query.query(Criteria.where("menteeId").is(menteeId)).with(Sort.by("round")), Pairing.class,
                Pairing.COLLECTION);
    }

    /** The mentors each of these mentees was proposed before, in any state (those mentees who have any). */
    public Map<String, Set<String>> earlierMentorsOf(Collection<String> menteeIds) {
        return mongo.find(Query.query(Criteria.where("menteeId").in(menteeIds)), Pairing.class, Pairing.COLLECTION).stream()
                .collect(Collectors.groupingBy(Pairing::menteeId, Collectors.mapping(Pairing::mentorId, Collectors.toSet())));
    }

    /** Pairings where the account is the mentee or the addressed mentor, newest first. */
    public List<Pairing> involving(String accountId) {
        Query query = Query.query(new Criteria().orOperator(Criteria.where("menteeId").is(accountId), Criteria.where("mentorId").is(accountId)))
                .with(Sort.by(Sort.Order.desc("proposedAt"), Sort.Order.desc("round")));
        return mongo.find(query, Pairing.class, Pairing.COLLECTION);
    }

    /**
     * Moves a PROPOSED pairing addressed to {@code mentorId} on, in one conditional single-document update that sets
     * the new state and pushes the event telling it.
     *
     * @return false if the pairing is no longer PROPOSED (or not addressed to the mentor)
     */
    public boolean decide(String pairingId, String mentorId, Update change, OutboxEvent event) {
        return updateWithEvent(Criteria.where("_id").is(pairingId).and("state").is(PairingState.PROPOSED.name())
                .and("mentorId").is(mentorId), change, event);
    }

    /** Proposals still unanswered after their respond-by time, those overdue longest first (at most {@code limit}). */
    public List<Pairing> overdue(Instant now, int limit) {
        Query query = Query.query(Criteria.where("state").is(PairingState.PROPOSED.name()).and("respondBy").lt(now))
                .with(Sort.by("respondBy")).limit(limit);
        return mongo.find(query, Pairing.class, Pairing.COLLECTION);
    }

    /** Proposals still unanswered, not yet reminded, whose reminder time has come (at most {@code limit}). */
    public List<Pairing> remindersDue(Instant now, int limit) {
        Query query = Query.query(Criteria.where("state").is(PairingState.PROPOSED.name()).and("remindedAt").is(null)
                .and("remindAt").lt(now)).with(Sort.by("remindAt")).limit(limit);
        return mongo.find(query, Pairing.class, Pairing.COLLECTION);
    }

    /** Records the reminder with its event, only if the proposal is still unanswered and not reminded yet. */
    public boolean markReminded(String pairingId, Instant now, OutboxEvent event) {
        return updateWithEvent(Criteria.where("_id").is(pairingId).and("state").is(PairingState.PROPOSED.name())
                .and("remindedAt").is(null), new Update().set("remindedAt", now), event);
    }

    /** The mentor's proposals not yet answered, the most recent first. */
    public List<Pairing> unansweredOf(String mentorId) {
        Query query = Query.query(Criteria.where("mentorId").is(mentorId).and("state").is(PairingState.PROPOSED.name()))
                .with(Sort.by(Sort.Order.desc("proposedAt"), Sort.Order.desc("_id")));
        return mongo.find(query, Pairing.class, Pairing.COLLECTION);
    }

    /** How many pairings hold a slot of the mentor: proposed or accepted. */
    public long openOf(String mentorId) {
        return mongo.count(Query.query(Criteria.where("mentorId").is(mentorId)
                .and("state").in(PairingState.PROPOSED.name(), PairingState.ACCEPTED.name())), Pairing.COLLECTION);
    }

    /**
     * Ends an ACCEPTED pairing in one conditional update that also pushes the event telling it.
     *
     * @return false if the pairing is not (or no longer) ACCEPTED
     */
    public boolean end(String pairingId, Update change, OutboxEvent event) {
        return updateWithEvent(Criteria.where("_id").is(pairingId).and("state").is(PairingState.ACCEPTED.name()), change, event);
    }

    /** One conditional single-document update that makes the change and pushes the event telling it; true if it matched. */
    private boolean updateWithEvent(Criteria condition, Update change, OutboxEvent event) {
        return mongo.updateFirst(Query.query(condition), change.push(OutboxEvent.FIELD, event), Pairing.COLLECTION).getModifiedCount() == 1;
    }

    /** Pairings addressed to the mentor, in any state. */
    public List<Pairing> ofMentor(String mentorId) {
        return mongo.find(Query.query(Criteria.where("mentorId").is(mentorId)), Pairing.class, Pairing.COLLECTION);
    }

    public void delete(String pairingId) {
        mongo.remove(Query.query(Criteria.where("_id").is(pairingId)), Pairing.COLLECTION);
    }

    /** Forgets that the mentor was proposed to (and declined) any mentee. */
    public void forgetDeclinedMentor(String mentorId) {
        mongo.updateMulti(Query.query(Criteria.where("declinedMentorIds").is(mentorId)),
                new Update().pull("declinedMentorIds", mentorId), Pairing.COLLECTION);
    }

    public void deleteOfMentee(String menteeId) {
        mongo.remove(Query.query(Criteria.where("menteeId").is(menteeId)), Pairing.COLLECTION);
    }
}
