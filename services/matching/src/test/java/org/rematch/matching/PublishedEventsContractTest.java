package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Fixtures;
import org.rematch.contracts.pairings.ForumsRecommended;
import org.rematch.contracts.pairings.PairingAccepted;
import org.rematch.contracts.pairings.PairingDeclined;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** What matching publishes has exactly the fields, and field types, of the contracts fixtures. */
@RematchServiceTest
class PublishedEventsContractTest {

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    MongoTemplate mongo;

    MatchingHarness harness;

    @BeforeEach
    void setUp() {
        harness = new MatchingHarness(bootstrapServers, mongo, port);
    }

    @Test
    void everyPublishedEventHasTheShapeOfItsFixture() {
        String first = harness.mentor(2, 1);
        String second = harness.mentor(1, 1);
        String forumId = MatchingHarness.id();
        harness.publishForum(MatchingHarness.forumJson(forumId, 1, "Contract forum", Set.of("specialty:" + harness.specialty), "OPEN"));
        harness.awaitStored("forums", forumId, 1);
        String menteeId = harness.registerMentee(2);
        String firstPairing = harness.pairingEvents(menteeId, PairingProposed.class, 1).getFirst().get("pairingId").asString();
        harness.post("/api/pairings/" + firstPairing + "/decline", TestTokens.bearer(first, "MENTOR"), "{\"reason\":\"No time\"}");
        String secondPairing = harness.pairingEvents(menteeId, PairingProposed.class, 2).get(1).get("pairingId").asString();
        harness.post("/api/pairings/" + secondPairing + "/accept", TestTokens.bearer(second, "MENTOR"), null);

        assertSameShape(harness.pairingEvents(menteeId, PairingProposed.class, 2).get(1), PairingProposed.class);
        assertSameShape(harness.pairingEvents(menteeId, ForumsRecommended.class, 1).getFirst(), ForumsRecommended.class);
        assertSameShape(harness.pairingEvents(menteeId, PairingDeclined.class, 1).getFirst(), PairingDeclined.class);
        assertSameShape(harness.pairingEvents(menteeId, PairingAccepted.class, 1).getFirst(), PairingAccepted.class);
    }

    private static void assertSameShape(JsonNode produced, Class<?> eventClass) {
        assertThat(shape(produced, "")).as(eventClass.getSimpleName() + ": " + produced)
                .isEqualTo(shape(MatchingHarness.JSON.readTree(Fixtures.json(eventClass)), ""));
    }

    /** Every field path with its JSON type; array elements are described by their first element. */
    private static Map<String, String> shape(JsonNode node, String path) {
        Map<String, String> shape = new TreeMap<>();
        shape.put(path.isEmpty() ? "$" : path, node.isNumber() ? "number" : node.getNodeType().name());
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                shape.putAll(shape(field.getValue(), path + "." + field.getKey()));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            shape.putAll(shape(node.get(0), path + "[]"));
        }
        return shape;
    }
}
