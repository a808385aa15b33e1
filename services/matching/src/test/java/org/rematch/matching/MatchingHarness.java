package org.rematch.matching;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Fixtures;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumSnapshot;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.rematch.contracts.mentors.MentorListingSnapshot;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.contracts.path.Specialty;
import org.rematch.matching.pairing.Pairing;
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
 * calls the HTTP API, reads matching.pairings.
 *
 * <p>Tests share the broker and the database, so each test needs a path of its own, and the same-path rule (the
 * mentor's specialty is one of the mentee's targets, or the same country) must never join one test's mentee with
 * another's mentor. Every test gets a country of its own. Specialties are a closed list of codes, too few for one per
 * test, so by default the harness's mentors matched into {@link #NOBODYS_TARGET} and its mentees target
 * {@link #NO_MENTORS_SPECIALTY}: the path is the country alone. A test that needs specialties to match claims
 * specialties of its own with {@link #onSpecialties}; a specialty can be claimed once per JVM (else it throws), so no
 * two tests ever share one. Languages and help topics default to English and none, so no extra reasons appear unless
 * a test asks for them; mentees ask to be invited to recommended forums (the default), not joined.
 */
final class MatchingHarness {

    static final JsonMapper JSON = Http.JSON;
    static final Duration WAIT = Duration.ofSeconds(30);

    final TestEvents events;
    final MongoTemplate mongo;
    /** Calls matching's HTTP API. */
    final Http http;
    /** The specialty the harness's mentors matched into unless a test claims its own: no test's mentee targets it. */
    static final String NOBODYS_TARGET = Specialty.PREVMED.name();
    /** What the harness's mentees target unless a test claims its own: no test's mentor matched into it. */
    static final String NO_MENTORS_SPECIALTY = Specialty.MEDGEN.name();
    /** Taken by the defaults and the contracts fixtures (IM, FM), which some tests publish as they are. */
    private static final Set<Specialty> CLAIMED = ConcurrentHashMap.newKeySet();

    static {
        CLAIMED.addAll(List.of(Specialty.PREVMED, Specialty.MEDGEN, Specialty.IM, Specialty.FM));
    }

    /** This test's own country, shared by nobody else. */
    final String country = "C" + UUID.randomUUID().toString().substring(0, 8);
    /** What this test's mentors matched into. */
    String mentorSpecialty = NOBODYS_TARGET;
    /** What this test's mentees target, in order of preference. */
    List<String> menteeTargets = List.of(NO_MENTORS_SPECIALTY);

    MatchingHarness(String bootstrapServers, MongoTemplate mongo, int port) {
        this.events = new TestEvents(bootstrapServers);
        this.mongo = mongo;
        this.http = new Http(port);
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    /**
     * Puts this test on specialties nobody else uses: its mentors matched into {@code mentors}, its mentees target
     * {@code targets} in that order.
     *
     * @throws IllegalStateException if another test claimed one of them already
     */
    MatchingHarness onSpecialties(Specialty mentors, Specialty... targets) {
        for (Specialty specialty : Stream.concat(Stream.of(mentors), Arrays.stream(targets)).distinct().toList()) {
            if (!CLAIMED.add(specialty)) {
                throw new IllegalStateException(specialty + " is another test's specialty already: claim one nobody uses");
            }
        }
        this.mentorSpecialty = mentors.name();
        this.menteeTargets = Arrays.stream(targets).map(Specialty::name).toList();
        return this;
    }

    // --- snapshots, shaped like the contracts fixtures ---

    /** A listing not paused, of a mentor who needed no visa but mentors on visas, speaking English, telling no graduation year or exams. */
    static String mentorJson(String mentorId, long version, String specialty, String country, int cycles, int capacity, boolean accepting) {
        ObjectNode node = fixture(MentorListingSnapshot.class);
        node.put("mentorId", mentorId).put("version", version).put("displayName", "Dr. " + mentorId.substring(0, 6))
                .put("matchedSpecialty", specialty).put("medicalSchoolCountry", country)
                .put("unmatchedCyclesBeforeMatch", cycles).put("capacity", capacity).put("accepting", accepting)
                .put("visaPath", "NONE").putNull("pausedUntil").putNull("graduationYear").putNull("exams");
        // mentors on visas, so mentees who need one may meet them; no year or exams told, so no score depends on today's date
        return with(with(JSON.writeValueAsString(node), "languages", List.of("en")), "topics", List.of("VISA"));
    }

    /** A mentee speaking English who asked for no particular help and to be invited to recommended forums. */
    static String menteeJson(String menteeId, long version, String change, List<String> targets, String country, int attempts, String visa) {
        ObjectNode node = fixture(MenteeSnapshot.class);
        node.put("menteeId", menteeId).put("version", version).put("change", change).put("displayName", "Mentee " + menteeId.substring(0, 6))
                .put("medicalSchoolCountry", country).put("matchAttempts", attempts).put("visaNeed", visa).put("forumJoining", "INVITE");
        String json = with(JSON.writeValueAsString(node), "targetSpecialties", targets);
        return with(with(json, "languages", List.of("en")), "helpWanted", List.of());
    }

    /** A mentee snapshot sharing exactly {@code sharedWithMentors} (the fixture shares MATCH_ATTEMPTS). */
    static String menteeJson(String menteeId, long version, String change, List<String> targets, String country, int attempts, String visa,
            Collection<String> sharedWithMentors) {
        return with(menteeJson(menteeId, version, change, targets, country, attempts, visa), "sharedWithMentors", sharedWithMentors);
    }

    /** The snapshot JSON with the array {@code field} set to {@code values}. */
    static String with(String json, String field, Collection<String> values) {
        ObjectNode node = (ObjectNode) JSON.readTree(json);
        tools.jackson.databind.node.ArrayNode array = node.putArray(field);
        values.forEach(array::add);
        return JSON.writeValueAsString(node);
    }

    /** The snapshot JSON with the text {@code field} set to {@code value}. */
    static String with(String json, String field, String value) {
        ObjectNode node = (ObjectNode) JSON.readTree(json);
        node.put(field, value);
        return JSON.writeValueAsString(node);
    }

    /** The snapshot JSON without {@code field}, as a producer from before the field existed sent it. */
    static String without(String json, String field) {
        ObjectNode node = (ObjectNode) JSON.readTree(json);
        node.remove(field);
        return JSON.writeValueAsString(node);
    }

    /** A registered mentee on this test's path as a record, for tests that fill the read model directly. */
    MenteeSnapshot menteeSnapshot(String menteeId, int attempts) {
        return JSON.readValue(menteeJson(menteeId, 1, "REGISTERED", menteeTargets, country, attempts, "NONE", List.of()), MenteeSnapshot.class);
    }

    /** A listing on this test's path as a record, for tests that fill the read model directly. */
    MentorListingSnapshot mentorSnapshot(String mentorId, int cycles, int capacity) {
        return JSON.readValue(mentorJson(mentorId, 1, mentorSpecialty, country, cycles, capacity, true), MentorListingSnapshot.class);
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
        publishMentor(mentorJson(mentorId, 1, mentorSpecialty, country, cycles, capacity, true));
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
        publishMentee(menteeJson(menteeId, 1, "REGISTERED", menteeTargets, country, attempts, "NONE"));
        return menteeId;
    }

    /** Registers a mentee on this test's path who shares {@code sharedWithMentors} with mentors; returns the mentee id. */
    String registerMentee(int attempts, String visa, Collection<String> sharedWithMentors) {
        String menteeId = id();
        publishMentee(menteeJson(menteeId, 1, "REGISTERED", menteeTargets, country, attempts, visa, sharedWithMentors));
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
        return pairingRecords(menteeId, type, atLeast).stream().map(ConsumerRecord::value).map(JSON::readTree).toList();
    }

    /** The mentee's proposal of {@code round}, once it is on matching.pairings. */
    JsonNode proposal(String menteeId, int round) {
        String pairingId = Pairing.idFor(menteeId, round);
        return pairingEvents(menteeId, PairingProposed.class, round).stream()
                .filter(event -> event.get("pairingId").asString().equals(pairingId)).findFirst().orElseThrow();
    }

    /** Like {@link #pairingEvents}, as records (for their headers). */
    List<ConsumerRecord<String, String>> pairingRecords(String menteeId, Class<?> type, int atLeast) {
        return await().atMost(WAIT).until(() -> records(Topics.PAIRINGS, menteeId, type), found -> found.size() >= atLeast);
    }

    /** The events of one type keyed {@code key} on {@code topic} so far (waiting up to 3 s for the first). */
    List<ConsumerRecord<String, String>> records(String topic, String key, Class<?> type) {
        String ceType = EventTypes.typeOf(type);
        return events.read(topic, record -> key.equals(record.key()) && ceType.equals(TestEvents.header(record, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(3));
    }

    /** Runs the tasks at the same instant, one thread each, to provoke races; returns their results in order. */
    static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = tasks.stream().map(task -> executor.submit(() -> {
                start.await();
                return task.call();
            })).toList();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
