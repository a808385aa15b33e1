package org.rematch.matching.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code mentees} read model: snapshot upserts guarded by version, and who is waiting for a mentor. */
@Component
public class MenteeReadModel {

    public static final String COLLECTION = "mentees";

    private final MongoTemplate mongo;
    private final Clock clock;

    public MenteeReadModel(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        // every registration counts recent arrivals (surge), and batches read the queue
        mongo.indexOps(COLLECTION).createIndex(new Index().on("firstSeenAt", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("matchingState", Sort.Direction.ASC).on("queuedAt", Sort.Direction.ASC));
    }

    /**
     * Stores the snapshot if it is newer than what is kept; an older or equal version changes nothing. Only the
     * snapshot's fields are set, so matching's own waiting state survives.
     *
     * @return whether the snapshot was applied
     */
    public boolean apply(MenteeSnapshot snapshot) {
        Update update = new Update()
                .set("displayName", snapshot.displayName())
                // in the mentee's order of preference: the order is what scores a later choice lower
                .set("targetSpecialties", names(snapshot.targetSpecialties()))
                .set("medicalSchoolCountry", snapshot.medicalSchoolCountry())
                .set("usImg", snapshot.usImg())
                .set("graduationYear", snapshot.graduationYear())
                .set("matchAttempts", snapshot.matchAttempts())
                .set("soapTried", snapshot.soapTried())
                .set("exams", snapshot.exams())
                .set("visaNeed", name(snapshot.visaNeed()))
                .set("goal", name(snapshot.goal()))
                .set("languages", snapshot.languages() == null ? List.of() : List.copyOf(snapshot.languages()))
                .set("timeZone", snapshot.timeZone())
                .set("helpWanted", snapshot.helpWanted() == null ? List.of()
                        : snapshot.helpWanted().stream().map(Enum::name).sorted().toList())
                .set("status", name(snapshot.status()))
                .unset("targetSpecialty") // the single target of snapshots before issue 4
                // nothing listed (or an older producer sending none) shares nothing
                .set("sharedWithMentors", snapshot.sharedWithMentors() == null ? List.of()
                        : snapshot.sharedWithMentors().stream().map(Enum::name).sorted().toList())
                .set("forumJoining", name(snapshot.forumJoining()))
                .setOnInsert("firstSeenAt", clock.instant());
        return VersionedUpsert.apply(mongo, COLLECTION, snapshot.menteeId(), snapshot.version(), update);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The constant named {@code name}, or null for a null or unknown name (data written by an older version). */
    static <E extends Enum<E>> E constant(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).map(Enum::name).toList();
    }

    public Optional<MenteeView> find(String menteeId) {
        return Optional.ofNullable(mongo.findById(menteeId, MenteeView.class, COLLECTION));
    }

    public List<MenteeView> findAll(Collection<String> menteeIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(menteeIds)), MenteeView.class, COLLECTION);
    }

    public void delete(String menteeId) {
        mongo.remove(Query.query(Criteria.where("_id").is(menteeId)), COLLECTION);
    }

    /** The mentee waits for a mentor with capacity; keeps the time they started waiting, notes this attempt. */
    public void markSeeking(String menteeId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(menteeId).and("matchingState").ne(MenteeView.SEEKING)),
                new Update().set("matchingState", MenteeView.SEEKING).set("seekingSince", clock.instant()), COLLECTION);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(menteeId)), new Update().set("lastTriedAt", clock.instant()), COLLECTION);
    }

    /** Remembers that the mentee's pairing of {@code round} was deleted (its mentor was erased); keeps the highest. */
    public void noteErasedRound(String menteeId, int round) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(menteeId).orOperator(
                        Criteria.where("lastErasedRound").exists(false), Criteria.where("lastErasedRound").lt(round))),
                new Update().set("lastErasedRound", round), COLLECTION);
    }

    public void clearSeeking(String menteeId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(menteeId).and("matchingState").in(MenteeView.SEEKING, MenteeView.QUEUED)),
                new Update().unset("matchingState").unset("seekingSince").unset("lastTriedAt").unset("queuedAt"), COLLECTION);
    }

    /** The mentee waits for the next surge batch (unless matching already has them waiting or proposed). */
    public void queue(String menteeId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(menteeId).and("matchingState").exists(false)),
                new Update().set("matchingState", MenteeView.QUEUED).set("queuedAt", clock.instant()), COLLECTION);
    }

    /** Mentees queued for a surge batch, in the order they were queued, at most {@code limit}. */
    public List<MenteeView> queued(int limit) {
        return mongo.find(Query.query(Criteria.where("matchingState").is(MenteeView.QUEUED)).with(Sort.by("queuedAt", "_id")).limit(limit),
                MenteeView.class, COLLECTION);
    }

    /** How many mentees matching first heard of after {@code since}: the rate of arrivals a surge is judged by. */
    public long arrivedSince(Instant since) {
        return mongo.count(Query.query(Criteria.where("firstSeenAt").gt(since)), COLLECTION);
    }

    /**
     * Waiting mentees a mentor could be on the same path with (the mentor's specialty is one of their targets, or the
     * same country), longest waiting first, at most {@code limit}.
     */
    public List<MenteeView> waitingFor(String specialty, String country, int limit) {
        Query query = Query.query(Criteria.where("matchingState").is(MenteeView.SEEKING).orOperator(
                        Criteria.where("targetSpecialties").is(specialty), Criteria.where("medicalSchoolCountry").is(country)))
                .with(Sort.by("seekingSince", "_id")).limit(limit);
        return mongo.find(query, MenteeView.class, COLLECTION);
    }

    /** Waiting mentees, least recently tried first, so that repeated sweeps get round to every one of them. */
    public List<MenteeView> waitingLongestUntried(int limit) {
        Query query = Query.query(Criteria.where("matchingState").is(MenteeView.SEEKING))
                .with(Sort.by("lastTriedAt", "_id")).limit(limit);
        return mongo.find(query, MenteeView.class, COLLECTION);
    }

    /**
     * Records that the mentee flagged a conflict of interest with the mentor; flagging the same mentor again changes
     * nothing.
     */
    public void flagConflict(String menteeId, String mentorId) {
        Query notYetFlagged = Query.query(Criteria.where("_id").is(menteeId).and("conflicts.mentorId").ne(mentorId));
        mongo.updateFirst(notYetFlagged, new Update().push("conflicts", new MenteeView.FlaggedConflict(mentorId, clock.instant())),
                COLLECTION);
    }

    /** Takes the flag away again; without one, nothing changes. */
    public void removeConflict(String menteeId, String mentorId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(menteeId)),
                new Update().pull("conflicts", Query.query(Criteria.where("mentorId").is(mentorId)).getQueryObject()), COLLECTION);
    }

    /** Forgets every flag naming the mentor, whose account is erased. */
    public void forgetConflictsWith(String mentorId) {
        mongo.updateMulti(Query.query(Criteria.where("conflicts.mentorId").is(mentorId)),
                new Update().pull("conflicts", Query.query(Criteria.where("mentorId").is(mentorId)).getQueryObject()), COLLECTION);
    }
}
