package org.rematch.profiles.mentee;

import com.mongodb.client.result.UpdateResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rematch.contracts.Topics;
import org.rematch.contracts.mentees.MenteeChange;
import org.rematch.contracts.mentees.SensitiveField;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.profiles.core.MenteePath;
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
 * single-document write: the insert for REGISTERED, a version-guarded update for UPDATED (so two concurrent
 * updates cannot both claim the same version).
 */
@Service
public class Mentees {

    private static final int UPDATE_ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final EventOutbox outbox;

    public Mentees(MongoTemplate mongo, EventOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public Mentee register(String menteeId, String displayName, MenteePath path, Set<SensitiveField> shared) {
        Mentee mentee = Mentee.registered(menteeId, displayName, path, shared);
        mentee = mentee.withOutbox(List.of(event(mentee, MenteeChange.REGISTERED)));
        try {
            mongo.insert(mentee, Mentee.COLLECTION);
        } catch (DuplicateKeyException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "You already have a mentee profile; change it with PUT /api/mentees/me");
        }
        return mentee;
    }

    public Mentee update(String menteeId, String displayName, MenteePath path, Set<SensitiveField> shared) {
        for (int attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
            Mentee current = find(menteeId).orElseThrow(Mentees::noProfile);
            Mentee next = current.updated(displayName == null ? current.displayName() : displayName, path, shared);
            Update update = new Update()
                    .set("displayName", next.displayName())
                    .set("targetSpecialty", next.targetSpecialty())
                    .set("medicalSchoolCountry", next.medicalSchoolCountry())
                    .set("graduationYear", next.graduationYear())
                    .set("matchAttempts", next.matchAttempts())
                    .set("visaNeed", next.visaNeed())
                    .set("sharedWithMentors", next.sharedInOrder())
                    .set("version", next.version())
                    .push(OutboxEvent.FIELD, event(next, MenteeChange.UPDATED));
            Query unchanged = Query.query(Criteria.where("_id").is(menteeId).and("version").is(current.version()));
            UpdateResult result = mongo.updateFirst(unchanged, update, Mentee.class, Mentee.COLLECTION);
            if (result.getModifiedCount() == 1) {
                return next;
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

    private OutboxEvent event(Mentee mentee, MenteeChange change) {
        return outbox.event(Topics.MENTEES, mentee.menteeId(), mentee.snapshot(change));
    }
}
