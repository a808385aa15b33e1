package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.rematch.contracts.mentors.MentorListingSnapshot;
import org.rematch.matching.pairing.Pairing;
import org.rematch.matching.pairing.PairingService;
import org.rematch.matching.proposal.Proposer;
import org.rematch.matching.readmodel.MenteeReadModel;
import org.rematch.matching.readmodel.MentorReadModel;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.authz.AuthorizationMatrix;
import org.rematch.testsupport.authz.Caller;
import org.rematch.testsupport.authz.Cell;
import org.rematch.testsupport.authz.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every cell of src/test/resources/authorization-matrix.md, over real HTTP. */
@RematchServiceTest
class AuthorizationMatrixTest extends MatchingServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MenteeReadModel mentees;
    @Autowired
    MentorReadModel mentors;
    @Autowired
    Proposer proposer;
    @Autowired
    PairingService pairings;

    @TestFactory
    Stream<DynamicTest> matrix() {
        String decline = "{\"reason\": \"No room this month\"}";
        return AuthorizationMatrix.of("matching").tests(context, port, Map.<String, Cell.Setup>ofEntries(
                Map.entry("GET /api/pairings | none", world -> Cell.of("/api/pairings")),
                Map.entry("GET /api/pairings/{id} | mentee's pairing with mentor",
                        world -> Cell.of("/api/pairings/" + pairing(world))),
                Map.entry("GET /api/pairings/{id} | unknown pairing", world -> Cell.of("/api/pairings/" + UUID.randomUUID())),
                Map.entry("POST /api/pairings/{id}/accept | pairing proposed to mentor",
                        world -> Cell.of("/api/pairings/" + pairing(world) + "/accept")),
                Map.entry("POST /api/pairings/{id}/accept | unknown pairing",
                        world -> Cell.of("/api/pairings/" + UUID.randomUUID() + "/accept")),
                Map.entry("POST /api/pairings/{id}/decline | pairing proposed to mentor",
                        world -> Cell.of("/api/pairings/" + pairing(world) + "/decline", decline)),
                Map.entry("POST /api/pairings/{id}/end | mentee's accepted pairing with mentor",
                        world -> Cell.of("/api/pairings/" + accepted(world) + "/end", "{\"rating\": 4}")),
                Map.entry("POST /api/pairings/requests | mentor with a free slot",
                        world -> Cell.of("/api/pairings/requests", requestBody(mentorWithTwoFreeSlotsAndTwoSeekingMentees(world)))),
                Map.entry("POST /api/pairings/requests | unknown mentor",
                        world -> Cell.of("/api/pairings/requests", requestBody(seekingMentees(world, UUID.randomUUID().toString())))),
                Map.entry("GET /api/match/suggestions | mentees with profiles",
                        world -> Cell.of("/api/match/suggestions?limit=" + seekingMentees(world, "3"))),
                Map.entry("GET /api/match/conflicts | mentees with profiles",
                        world -> Cell.of("/api/match/conflicts" + seekingMentees(world, ""))),
                Map.entry("PUT /api/match/conflicts/{mentorId} | listed mentor",
                        world -> Cell.of("/api/match/conflicts/" + mentorWithTwoFreeSlotsAndTwoSeekingMentees(world))),
                Map.entry("PUT /api/match/conflicts/{mentorId} | unknown mentor",
                        world -> Cell.of("/api/match/conflicts/" + seekingMentees(world, UUID.randomUUID().toString()))),
                Map.entry("DELETE /api/match/conflicts/{mentorId} | listed mentor",
                        world -> Cell.of("/api/match/conflicts/" + mentorWithTwoFreeSlotsAndTwoSeekingMentees(world))),
                Map.entry("GET /api/personal-data | own", world -> Cell.of("/api/personal-data"))));
    }

    /**
     * The world's mentor, listed with two free slots in a country of its own, and the world's mentee and other mentee,
     * registered and seeking on another path: either may ask the mentor (no automatic proposal picks them).
     */
    private String mentorWithTwoFreeSlotsAndTwoSeekingMentees(World world) {
        String mentorId = world.id(Caller.MENTOR);
        mentors.apply(MatchingHarness.JSON.readValue(MatchingHarness.mentorJson(mentorId, 1, MatchingHarness.NOBODYS_TARGET,
                "RQ" + UUID.randomUUID().toString().substring(0, 8), 2, 2, true), MentorListingSnapshot.class));
        return seekingMentees(world, mentorId);
    }

    /** The world's mentee and other mentee in matching's read model, seeking; returns {@code mentorId}. */
    private String seekingMentees(World world, String mentorId) {
        for (Caller caller : List.of(Caller.MENTEE, Caller.OTHER_MENTEE)) {
            mentees.apply(MatchingHarness.JSON.readValue(MatchingHarness.menteeJson(world.id(caller), 1, "REGISTERED",
                    List.of(MatchingHarness.NO_MENTORS_SPECIALTY), "RQ" + UUID.randomUUID().toString().substring(0, 8), 2, "NONE", List.of()),
                    MenteeSnapshot.class));
        }
        return mentorId;
    }

    /** {@link #pairing}, accepted by the world's mentor. */
    private String accepted(World world) {
        String pairingId = pairing(world);
        pairings.accept(pairingId, world.id(Caller.MENTOR), "Dr. Matrix");
        return pairingId;
    }

    private static String requestBody(String mentorId) {
        return "{\"mentorId\": \"" + mentorId + "\", \"message\": \"Could you mentor me?\"}";
    }

    /**
     * A PROPOSED pairing of the world's mentee with the world's mentor, made by matching's own proposer from read models
     * on a path nobody else shares (a country of its own; the harness's default specialties, which never match), so no
     * other world's mentor can be chosen.
     */
    private String pairing(World world) {
        String menteeId = world.id(Caller.MENTEE);
        String mentorId = world.id(Caller.MENTOR);
        String country = "AZ" + UUID.randomUUID().toString().substring(0, 8);
        mentors.apply(MatchingHarness.JSON.readValue(
                MatchingHarness.mentorJson(mentorId, 1, MatchingHarness.NOBODYS_TARGET, country, 2, 2, true), MentorListingSnapshot.class));
        mentees.apply(MatchingHarness.JSON.readValue(MatchingHarness.menteeJson(menteeId, 1, "REGISTERED",
                List.of(MatchingHarness.NO_MENTORS_SPECIALTY), country, 2, "J1", List.of()), MenteeSnapshot.class));
        assertThat(proposer.propose(menteeId, 1)).isEqualTo(Proposer.Outcome.PROPOSED);
        String pairingId = Pairing.idFor(menteeId, 1);
        assertThat(harness.document(Pairing.COLLECTION, pairingId).getString("mentorId")).isEqualTo(mentorId);
        return pairingId;
    }
}
