package org.rematch.matching;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Fixtures;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumSnapshot;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.rematch.contracts.mentors.MentorListingSnapshot;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.TestEvents;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plays profiles, mentor-directory and forums for matching's integration tests: publishes fixture-shaped snapshots,
 * calls the HTTP API, reads matching.pairings. Every test uses its own specialty and country, so the mentors and
 * mentees of other tests sharing the broker and the database are never on its path.
 */
final class MatchingHarness {

    static final JsonMapper JSON = Http.JSON;
    static final Duration WAIT = Duration.ofSeconds(30);

    final TestEvents events;
    final MongoTemplate mongo;
    /** Calls matching's HTTP API. */
    final Http http;
    /** This test's own path, shared by nobody else. */
    final String specialty = "S" + UUID.randomUUID().toString().substring(0, 8);
    final String country = "C" + UUID.randomUUID().toString().substring(0, 8);

    MatchingHarness(String bootstrapServers, MongoTemplate mongo, int port) {
        this.events = new TestEvents(bootstrapServers);
        this.mongo = mongo;
        this.http = new Http(port);
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    // --- snapshots, shaped like the contracts fixtures ---

    static String mentorJson(String mentorId, long version, String specialty, String country, int cycles, int capacity, boolean accepting) {
        ObjectNode node = fixture(MentorListingSnapshot.class);
        node.put("mentorId", mentorId).put("version", version).put("displayName", "Dr. " + mentorId.substring(0, 6))
                .put("matchedSpecialty", specialty).put("medicalSchoolCountry", country)
                .put("unmatchedCyclesBeforeMatch", cycles).put("capacity", capacity).put("accepting", accepting);
        return JSON.writeValueAsString(node);
    }

    static String menteeJson(String menteeId, long version, String change, String specialty, String country, int attempts, String visa) {
        ObjectNode node = fixture(MenteeSnapshot.class);
        node.put("menteeId", menteeId).put("version", version).put("change", change).put("displayName", "Mentee " + menteeId.substring(0, 6))
                .put("targetSpecialty", specialty).put("medicalSchoolCountry", country).put("matchAttempts", attempts).put("visaNeed", visa);
        return JSON.writeValueAsString(node);
    }

    /** A mentee snapshot sharing exactly {@code sharedWithMentors} (the fixture shares MATCH_ATTEMPTS). */
    static String menteeJson(String menteeId, long version, String change, String specialty, String country, int attempts, String visa,
            Collection<String> sharedWithMentors) {
        ObjectNode node = (ObjectNode) JSON.readTree(menteeJson(menteeId, version, change, specialty, country, attempts, visa));
        tools.jackson.databind.node.ArrayNode array = node.putArray("sharedWithMentors");
        sharedWithMentors.forEach(array::add);
        return JSON.writeValueAsString(node);
    }

    static String forumJson(String forumId, long version, String name, Collection<String> tags, String state) {
        ObjectNode node = fixture(ForumSnapshot.class);
        node.put("forumId", forumId).put("version", version).put("name", name).put("state", state);
        tools.jackson.databind.node.ArrayNode array = node.putArray("tags");
        tags.forEach(array::add);
        return JSON.writeValueAsString(node);
    }

    static ObjectNode fixture(Class<?> eventClass) {
        return (ObjectNode) JSON.readTree(Fixtures.json(eventClass));
    }

    /** A mentor on this test's path, stored in matching's read model before this returns. */
    String mentor(int cycles, int capacity) {
        String mentorId = id();
        publishMentor(mentorJson(mentorId, 1, specialty, country, cycles, capacity, true));
        awaitStored("mentors", mentorId, 1);
        return mentorId;
    }

    String publishMentor(String json) {
        return events.publish(Topics.MENTORS, JSON.readTree(json).get("mentorId").asString(), MentorListingSnapshot.class, json);
    }

    String publishMentee(String json) {
        return events.publish(Topics.MENTEES, JSON.readTree(json).get("menteeId").asString(), MenteeSnapshot.class, json);
    }

    String publishForum(String json) {
        return events.publish(Topics.FORUMS, JSON.readTree(json).get("forumId").asString(), ForumSnapshot.class, json);
    }

    /** Registers a mentee on this test's path; returns the mentee id. */
    String registerMentee(int attempts) {
        String menteeId = id();
        publishMentee(menteeJson(menteeId, 1, "REGISTERED", specialty, country, attempts, "NONE"));
        return menteeId;
    }

    /** Registers a mentee on this test's path who shares {@code sharedWithMentors} with mentors; returns the mentee id. */
    String registerMentee(int attempts, String visa, Collection<String> sharedWithMentors) {
        String menteeId = id();
        publishMentee(menteeJson(menteeId, 1, "REGISTERED", specialty, country, attempts, visa, sharedWithMentors));
        return menteeId;
    }

    void awaitStored(String collection, String id, long version) {
        await().atMost(WAIT).until(() -> {
            Document document = mongo.findById(id, Document.class, collection);
            return document != null && ((Number) document.get("version")).longValue() == version;
        });
    }

    Document document(String collection, String id) {
        return mongo.findById(id, Document.class, collection);
    }

    List<Document> pairingsOf(String menteeId) {
        return mongo.find(Query.query(Criteria.where("menteeId").is(menteeId)), Document.class, "pairings");
    }

    /** Waits until every outbox of the mentee's documents is empty: all their events are on Kafka. */
    void awaitPublished(String menteeId) {
        await().atMost(WAIT).until(() -> mongo.find(Query.query(Criteria.where("menteeId").is(menteeId)
                .and("outbox.0").exists(true)), Document.class, "pairings").isEmpty()
                && mongo.find(Query.query(Criteria.where("menteeId").is(menteeId).and("outbox.0").exists(true)), Document.class,
                "recommendations").isEmpty());
    }

    boolean handled(String consumer, String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(consumer + ":" + eventId)), "processed_events");
    }

    // --- matching.pairings ---

    /** The mentee's events of one type on matching.pairings, waiting until there are at least {@code atLeast}. */
    List<JsonNode> pairingEvents(String menteeId, Class<?> type, int atLeast) {
        String ceType = EventTypes.typeOf(type);
        return await().atMost(WAIT).until(() -> events.read(Topics.PAIRINGS,
                        record -> menteeId.equals(record.key()) && ceType.equals(TestEvents.header(record, CloudEventHeaders.TYPE)),
                        Duration.ofSeconds(3)).stream().map(ConsumerRecord::value).map(JSON::readTree).toList(),
                found -> found.size() >= atLeast);
    }
}
