package org.rematch.matching.readmodel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.rematch.contracts.mentors.MentorListingSnapshot;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.matching.policy.Responsiveness;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code mentors} read model and its slots. A slot is reserved for a pairing id by one conditional update on the
 * mentor's document, so capacity is never exceeded, also when proposals run concurrently; reserving and releasing
 * the same pairing id twice changes nothing.
 */
@Component
public class MentorReadModel {

    public static final String COLLECTION = "mentors";

    private final MongoTemplate mongo;

    public MentorReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores the listing if it is newer than what is kept. Sets the listing's fields only: {@code reserved} and
     * {@code reservations} are matching's and only start at zero when the mentor is new.
     *
     * @return whether the snapshot was applied
     */
    public boolean apply(MentorListingSnapshot snapshot) {
        Update update = new Update()
                .set("displayName", snapshot.displayName())
                .set("matchedSpecialty", MenteeReadModel.name(snapshot.matchedSpecialty()))
                .set("matchedYear", snapshot.matchedYear())
                .set("medicalSchoolCountry", snapshot.medicalSchoolCountry())
                .set("usImg", snapshot.usImg())
                .set("unmatchedCyclesBeforeMatch", snapshot.unmatchedCyclesBeforeMatch())
                .set("matchedViaSoap", snapshot.matchedViaSoap())
                .set("visaPath", MenteeReadModel.name(snapshot.visaPath()))
                .set("graduationYear", snapshot.graduationYear())
                .set("exams", snapshot.exams())
                .set("currentRole", MenteeReadModel.name(snapshot.currentRole()))
                .set("topics", snapshot.topics() == null ? List.of() : snapshot.topics().stream().map(Enum::name).sorted().toList())
                .set("languages", snapshot.languages() == null ? List.of() : List.copyOf(snapshot.languages()))
                .set("timeZone", snapshot.timeZone())
                .set("capacity", snapshot.capacity())
                .set("accepting", snapshot.accepting())
                // an ISO date (yyyy-MM-dd), so no time zone conversion can move it
                .set("pausedUntil", snapshot.pausedUntil() == null ? null : snapshot.pausedUntil().toString())
                .setOnInsert("reserved", 0)
                .setOnInsert("reservations", List.of());
        return VersionedUpsert.apply(mongo, COLLECTION, snapshot.mentorId(), snapshot.version(), update);
    }

    public Optional<MentorView> find(String mentorId) {
        return Optional.ofNullable(mongo.findById(mentorId, MentorView.class, COLLECTION));
    }

    public void delete(String mentorId) {
        mongo.remove(Query.query(Criteria.where("_id").is(mentorId)), COLLECTION);
    }

    /**
     * Mentors who may be open to new mentees: accepting, or paused (a pause may have ended). Scoring decides on the day
     * ({@code MentorCandidate.available}); capacity is checked by scoring and, atomically, by {@link #reserve}.
     */
    public List<MentorView> maybeAccepting() {
        return mongo.find(Query.query(new Criteria().orOperator(Criteria.where("accepting").is(true),
                Criteria.where("pausedUntil").ne(null))), MentorView.class, COLLECTION);
    }

    /** The mentor holding a slot for this pairing id, if any (a reservation made before a crash). */
    public Optional<MentorView> holding(String pairingId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("reservations").is(pairingId)), MentorView.class, COLLECTION));
    }

    /**
     * Takes one slot of the mentor for the pairing, in ONE conditional update: only if the pairing holds no slot yet
     * and reserved &lt; capacity.
     *
     * @return true if the slot is held for the pairing now (taken by this call, or already held before)
     */
    public boolean reserve(String mentorId, String pairingId) {
        Document filter = new Document("_id", mentorId)
                .append("reservations", new Document("$ne", pairingId))
                .append("$expr", new Document("$lt", List.of("$reserved", "$capacity")));
        Update update = new Update().inc("reserved", 1).push("reservations", pairingId);
        if (mongo.updateFirst(new BasicQuery(filter), update, COLLECTION).getModifiedCount() == 1) {
            return true;
        }
        return mongo.exists(Query.query(Criteria.where("_id").is(mentorId).and("reservations").is(pairingId)), COLLECTION);
    }

    /** Gives the pairing's slot back; does nothing if the mentor does not hold one for it. */
    public void release(String mentorId, String pairingId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(mentorId).and("reservations").is(pairingId)),
                new Update().inc("reserved", -1).pull("reservations", pairingId), COLLECTION);
    }

    /** Records that the mentor let the pairing's proposal expire; recording the same pairing again changes nothing. */
    public void recordExpiry(String mentorId, String pairingId, Instant expiredAt) {
        Query notYetRecorded = Query.query(Criteria.where("_id").is(mentorId).and("expiries.pairingId").ne(pairingId));
        mongo.updateFirst(notYetRecorded, new Update().push("expiries", new Responsiveness.Expiry(pairingId, expiredAt)), COLLECTION);
    }

    /**
     * Records that the mentor answered a proposal at {@code answeredAt}, unless a later answer is recorded already (answers
     * arrive in any order); expiries before it no longer count and are dropped.
     */
    public void recordAnswer(String mentorId, Instant answeredAt) {
        Query earlierAnswerOrNone = Query.query(Criteria.where("_id").is(mentorId).orOperator(
                Criteria.where("lastAnsweredAt").lt(answeredAt), Criteria.where("lastAnsweredAt").is(null)));
        Update update = new Update().set("lastAnsweredAt", answeredAt)
                .pull("expiries", new Document("expiredAt", new Document("$lt", answeredAt)));
        mongo.updateFirst(earlierAnswerOrNone, update, COLLECTION);
    }

    /**
     * Marks the mentor inactive with {@code event} in the mentor's outbox, in ONE update conditional on the mark the
     * caller judged from ({@code judgedFromMarkedAt}, null for never marked), so two consumers judging the same expiries
     * concurrently mark once. The mentor stops getting proposals here at once; the directory's next listing snapshot
     * (inactive, or reactivated by the mentor) then decides.
     *
     * @return false if another mark was written since the caller read the mentor
     */
    public boolean markInactive(String mentorId, Instant judgedFromMarkedAt, Instant markedAt, OutboxEvent event) {
        Query unchanged = Query.query(Criteria.where("_id").is(mentorId).and("inactiveMarkedAt").is(judgedFromMarkedAt));
        Update update = new Update().set("inactiveMarkedAt", markedAt).set("accepting", false)
                .pull("expiries", new Document("expiredAt", new Document("$lte", markedAt)))
                .push(OutboxEvent.FIELD, event);
        return mongo.updateFirst(unchanged, update, COLLECTION).getModifiedCount() == 1;
    }

    /** Gives back slots held for the pairing by any mentor other than {@code keptMentorId} (a lost race or a crash). */
    public void releaseAllBut(String pairingId, String keptMentorId) {
        Query query = Query.query(Criteria.where("reservations").is(pairingId).and("_id").ne(keptMentorId));
        for (MentorView mentor : mongo.find(query, MentorView.class, COLLECTION)) {
            release(mentor.id(), pairingId);
        }
    }
}
