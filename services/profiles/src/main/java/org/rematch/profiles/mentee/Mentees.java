package org.rematch.profiles.mentee;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.rematch.contracts.Topics;
import org.rematch.contracts.mentees.MenteeChange;
import org.rematch.contracts.mentees.MenteeStatus;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.profiles.core.MenteePath;
import org.rematch.profiles.core.StatusTransitions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Mentee path profiles. Every change writes the new MenteeSnapshot into the document's outbox in the same
 * single-document write: the insert for REGISTERED, an update guarded by the version for UPDATED, STATUS_CHANGED and
 * WITHDRAWN. A path update must name the version it was made from (If-Match): a stale one is refused with 409, never
 * applied over a newer profile.
 */
@Service
public class Mentees {

    private static final int STATUS_ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    public Mentees(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public Mentee register(String menteeId, String displayName, MenteePath path) {
        Mentee mentee = Mentee.registered(menteeId, displayName, path);
        mentee = mentee.withOutbox(List.of(event(mentee, MenteeChange.REGISTERED)));
        try {
            mongo.insert(mentee, Mentee.COLLECTION);
        } catch (DuplicateKeyException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "You already have a mentee profile; change it with PUT /api/mentees/me");
        }
        return mentee;
    }

    /** Replaces the path of the profile at {@code expectedVersion}; 409 when the profile is at another version. */
    public Mentee update(String menteeId, String displayName, MenteePath path, long expectedVersion) {
        Mentee current = find(menteeId).orElseThrow(Mentees::noProfile);
        requireVersion(current, expectedVersion);
        Mentee next = current.updated(displayName == null ? current.displayName() : displayName, path);
        Update update = new Update()
                .set("displayName", next.displayName())
                .set("path", next.path())
                .set("version", next.version());
        return write(current, next, update, MenteeChange.UPDATED)
                .orElseThrow(() -> stale(find(menteeId).orElseThrow(Mentees::noProfile).version(), expectedVersion));
    }

    /** Moves the profile to {@code wanted} if the mentee may go there; the same status again changes nothing. */
    public Mentee changeStatus(String menteeId, MenteeStatus wanted, OptionalLong expectedVersion) {
        for (int attempt = 0; attempt < STATUS_ATTEMPTS; attempt++) {
            Mentee current = find(menteeId).orElseThrow(Mentees::noProfile);
            if (expectedVersion.isPresent()) {
                requireVersion(current, expectedVersion.getAsLong());
            }
            StatusTransitions.refusal(current.status(), wanted).ifPresent(reason -> {
                throw new ResponseStatusException(HttpStatus.CONFLICT, reason);
            });
            if (current.status() == wanted) {
                return current;
            }
            Mentee next = current.withStatus(wanted);
            Update update = new Update().set("status", wanted).set("version", next.version());
            MenteeChange change = wanted == MenteeStatus.WITHDRAWN ? MenteeChange.WITHDRAWN : MenteeChange.STATUS_CHANGED;
            Optional<Mentee> written = write(current, next, update, change);
            if (written.isPresent()) {
                return written.get();
            }
        }
        throw new ResponseStatusException(HttpStatus.CONFLICT, "Your profile changed at the same time; try again");
    }

    /** Deletes the profile document (erasure; the caller announced its tombstone first). */
    public void delete(String menteeId) {
        mongo.remove(Query.query(Criteria.where("_id").is(menteeId)), Mentee.COLLECTION);
    }

    public Optional<Mentee> find(String menteeId) {
        return Optional.ofNullable(mongo.findById(menteeId, Mentee.class, Mentee.COLLECTION));
    }

    static ResponseStatusException noProfile() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no mentee profile yet; create it with POST /api/mentees");
    }

    /** Applies {@code update} and pushes the snapshot of {@code next} only if the profile is still at its version. */
    private Optional<Mentee> write(Mentee current, Mentee next, Update update, MenteeChange change) {
        update.push(OutboxEvent.FIELD, event(next, change));
        Query unchanged = Query.query(Criteria.where("_id").is(current.menteeId()).and("version").is(current.version()));
        boolean written = mongo.updateFirst(unchanged, update, Mentee.class, Mentee.COLLECTION).getModifiedCount() == 1;
        return written ? Optional.of(next) : Optional.empty();
    }

    private static void requireVersion(Mentee current, long expectedVersion) {
        if (current.version() != expectedVersion) {
            throw stale(current.version(), expectedVersion);
        }
    }

    private static ResponseStatusException stale(long currentVersion, long expectedVersion) {
        return new ResponseStatusException(HttpStatus.CONFLICT, ("Your profile is at version %d, not %d (If-Match): it "
                + "changed since you read it. GET it again, redo your change and send its ETag in If-Match")
                .formatted(currentVersion, expectedVersion));
    }

    private OutboxEvent event(Mentee mentee, MenteeChange change) {
        return outbox.event(Topics.MENTEES, mentee.menteeId(), mentee.snapshot(change));
    }
}
