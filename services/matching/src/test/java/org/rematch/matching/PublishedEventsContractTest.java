package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.testsupport.FixtureShape.assertSameShape;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.pairings.ForumsRecommended;
import org.rematch.contracts.pairings.PairingAccepted;
import org.rematch.contracts.pairings.PairingDeclined;
import org.rematch.contracts.pairings.PairingProposed;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What matching publishes has exactly the fields, and field types, of the contracts fixtures. A mentee-requested
 * PairingProposed (message included) is checked against the fixture in {@link MentorRequestTest}.
 */
@RematchServiceTest
class PublishedEventsContractTest extends MatchingServiceTest {

    @Test
    void everyPublishedEventHasTheShapeOfItsFixture() {
        String first = harness.mentor(2, 1);
        String second = harness.mentor(1, 1);
        String forumId = MatchingHarness.id();
        harness.publishForum(MatchingHarness.forumJson(forumId, 1, "Contract forum", Set.of("country:" + harness.country), "OPEN"));
        harness.awaitStored("forums", forumId, 1);
        String menteeId = harness.registerMentee(2);
        String firstPairing = harness.pairingEvents(menteeId, PairingProposed.class, 1).getFirst().get("pairingId").asString();
        harness.http.post("/api/pairings/" + firstPairing + "/decline", TestTokens.bearer(first, "MENTOR"), "{\"reason\":\"No time\"}");
        String secondPairing = harness.pairingEvents(menteeId, PairingProposed.class, 2).get(1).get("pairingId").asString();
        harness.http.post("/api/pairings/" + secondPairing + "/accept", TestTokens.bearer(second, "MENTOR"), null);

        // matching's own proposals carry origin MATCHING and no message (null, where the fixture's mentee request has text)
        JsonNode automatic = harness.pairingEvents(menteeId, PairingProposed.class, 2).get(1);
        assertThat(automatic.get("origin").asString()).isEqualTo("MATCHING");
        assertThat(automatic.get("menteeMessage").isNull()).isTrue();
        assertSameShape(((ObjectNode) automatic.deepCopy()).put("menteeMessage", "text"), PairingProposed.class);
        assertSameShape(harness.pairingEvents(menteeId, ForumsRecommended.class, 1).getFirst(), ForumsRecommended.class);
        assertSameShape(harness.pairingEvents(menteeId, PairingDeclined.class, 1).getFirst(), PairingDeclined.class);
        assertSameShape(harness.pairingEvents(menteeId, PairingAccepted.class, 1).getFirst(), PairingAccepted.class);
    }
}
