package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.systemtests.Steps.emailsTo;
import static org.rematch.systemtests.Steps.inboxItems;
import static org.rematch.systemtests.Steps.list;
import static org.rematch.systemtests.Steps.pairingsOf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton's journey, through the gateway only: admin → moderator → forums; three mentors list;
 * a mentee registers → the best mentor is proposed, declines → the next-best is proposed, accepts → the mentee
 * learns it and gets forum recommendations. Then matching is killed (-9) while proposals are pending: after its
 * restart every proposal exists exactly once.
 */
@ExtendWith(SystemUnderTest.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static Http api;
    private static String adminToken;
    private static Person moderator;
    private static Person best;
    private static Person second;
    private static Person poor;
    private static Person mentee;
    private static String pathForumName;
    private static String secondPairingId;

    @BeforeAll
    static void gateway() {
        api = SystemUnderTest.gateway();
    }

    @Test
    @Order(1)
    void adminCreatesAModerator() {
        adminToken = Person.token(SystemUnderTest.ADMIN_EMAIL, SystemUnderTest.ADMIN_PASSWORD);
        String email = "moderator-" + RUN + "@example.org";
        String password = "moderator-password-" + RUN;
        var created = api.post("/api/accounts/moderators", adminToken,
                Map.of("email", email, "password", password, "displayName", "Maya Moderator"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().toString()).contains("MODERATOR");

        String token = Person.token(email, password);
        moderator = new Person(email, password, "Maya Moderator", Http.subject(token), token);
    }

    @Test
    @Order(2)
    void theModeratorCreatesTwoForums() {
        pathForumName = "Family Medicine applicants from Nigeria " + RUN;
        var im = api.post("/api/forums", moderator.token(), Map.of("name", pathForumName,
                "description", "IMGs from Nigeria applying to family medicine",
                "tags", List.of("specialty:FM", "country:NG")));
        assertThat(im.status()).as(im.toString()).isEqualTo(201);

        var visa = api.post("/api/forums", moderator.token(), Map.of("name", "H-1B visa questions " + RUN,
                "description", "Sponsoring programs, cap-exempt jobs and timelines", "tags", List.of("visa:H1B")));
        assertThat(visa.status()).as(visa.toString()).isEqualTo(201);

        var forums = api.get("/api/forums", moderator.token());
        assertThat(forums.status()).as(forums.toString()).isEqualTo(200);
        assertThat(forums.body()).contains(pathForumName);
    }

    @Test
    @Order(3)
    void threeMentorsRegisterAndList() {
        best = Person.register("MENTOR", "Dr Best Match");
        second = Person.register("MENTOR", "Dr Second Best");
        poor = Person.register("MENTOR", "Dr Other Path");
        list(best, "FM", "NG", 2, 4);
        list(second, "FM", "EG", 1, 4);
        list(poor, "PSYCH", "PH", 0, 4);

        var search = api.get("/api/mentors?specialty=FM", best.token());
        assertThat(search.status()).as(search.toString()).isEqualTo(200);
        assertThat(search.body()).contains(best.id(), second.id()).doesNotContain(poor.id());
    }

    @Test
    @Order(4)
    void aMenteeRegistersAndTheBestMentorIsProposedWithReasons() {
        mentee = Person.register("MENTEE", "Ali Mentee");
        postPath(mentee);

        JsonNode item = await("PAIRING_PROPOSED in the best mentor's inbox").atMost(DELIVERY)
                .until(() -> inboxItems(best, "PAIRING_PROPOSED"), items -> !items.isEmpty()).getFirst();
        JsonNode pairing = onlyPairingOf(best, mentee.id());
        assertThat(pairing.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(pairing.get("mentorId").asString()).isEqualTo(best.id());
        assertThat(pairing.get("score").asDouble()).isPositive();
        List<String> reasons = strings(pairing.get("reasons"));
        assertThat(reasons).isNotEmpty();
        assertThat(item.get("body").asString()).as("the inbox item explains why")
                .containsAnyOf(reasons.toArray(String[]::new));
        assertThat(inboxItems(second, "PAIRING_PROPOSED")).isEmpty();
        assertThat(inboxItems(poor, "PAIRING_PROPOSED")).isEmpty();

        JsonNode email = await("the proposal email in the development mailbox").atMost(DELIVERY)
                .until(() -> emailsTo(best.email()), emails -> !emails.isEmpty()).getFirst();
        assertThat(email.get("subject").asString()).contains("Ali Mentee");
        assertThat(email.get("text").asString()).contains(reasons.getFirst(), "/pairings/");
        assertThat(email.get("html").asString()).contains("unsubscribe");
    }

    @Test
    @Order(5)
    void theBestMentorDeclinesAndTheNextBestIsProposed() {
        String pairingId = onlyPairingOf(best, mentee.id()).get("id").asString();
        var declined = api.post("/api/pairings/" + pairingId + "/decline", best.token(),
                Map.of("reason", "I am at capacity this season"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().get("state").asString()).isEqualTo("DECLINED");

        await("PAIRING_PROPOSED in the second mentor's inbox").atMost(DELIVERY)
                .until(() -> inboxItems(second, "PAIRING_PROPOSED"), items -> items.size() == 1);
        JsonNode proposal = onlyPairingOf(second, mentee.id());
        assertThat(proposal.get("state").asString()).isEqualTo("PROPOSED");
        secondPairingId = proposal.get("id").asString();
        assertThat(inboxItems(poor, "PAIRING_PROPOSED")).isEmpty();
    }

    @Test
    @Order(6)
    void aMentorCannotAcceptAPairingAddressedToSomeoneElse() {
        // 404, not 403: to anyone but its two parties a pairing does not exist
        var byPoor = api.post("/api/pairings/" + secondPairingId + "/accept", poor.token(), null);
        assertThat(byPoor.status()).as(byPoor.toString()).isEqualTo(404);
        assertThat(byPoor.contentType()).startsWith("application/problem+json");

        var byBest = api.post("/api/pairings/" + secondPairingId + "/accept", best.token(), null);
        assertThat(byBest.status()).as(byBest.toString()).isEqualTo(404);
        assertThat(onlyPairingOf(second, mentee.id()).get("state").asString()).isEqualTo("PROPOSED");
    }

    @Test
    @Order(7)
    void theNextBestAcceptsAndTheMenteeIsToldAndGetsForums() {
        var accepted = api.post("/api/pairings/" + secondPairingId + "/accept", second.token(), null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");

        await("PAIRING_ACCEPTED and FORUMS_RECOMMENDED in the mentee's inbox").atMost(DELIVERY).untilAsserted(() -> {
            assertThat(inboxItems(mentee, "PAIRING_ACCEPTED")).hasSize(1);
            assertThat(inboxItems(mentee, "FORUMS_RECOMMENDED")).hasSize(1);
        });
        JsonNode forums = inboxItems(mentee, "FORUMS_RECOMMENDED").getFirst();
        assertThat(forums.get("title").asString() + "\n" + forums.get("body").asString()).contains(pathForumName);

        var mine = api.get("/api/pairings", mentee.token());
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(pairingsOf(mine.json(), mentee.id()))
                .extracting(p -> p.get("mentorId").asString() + ":" + p.get("state").asString())
                .contains(second.id() + ":ACCEPTED");
        var inbox = api.get("/api/notifications", mentee.token()).json();
        assertThat(inbox.get("unreadCount").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(8)
    void theMenteeAcceptsTheForumsInvitationAndIsAMember() {
        JsonNode invitation = await("the recommended forum's invitation").atMost(DELIVERY)
                .until(() -> invitations(mentee), found -> found.stream().anyMatch(i -> pathForumName.equals(i.get("forumName").asString())))
                .stream().filter(i -> pathForumName.equals(i.get("forumName").asString())).findFirst().orElseThrow();
        String forumId = invitation.get("forumId").asString();

        var accepted = api.post("/api/forums/invitations/" + forumId + "/accept", mentee.token(), null);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(invitations(mentee)).noneMatch(i -> forumId.equals(i.get("forumId").asString()));
        assertThat(api.get("/api/forums/" + forumId + "/members/me", mentee.token()).status()).isEqualTo(200);
    }

    private static List<JsonNode> invitations(Person person) {
        var response = api.get("/api/forums/invitations", person.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).toList();
    }

    @Test
    @Order(9)
    void killingMatchingWhileProposalsArePendingLosesNoneAndDuplicatesNone() {
        List<Person> mentees = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            mentees.add(Person.register("MENTEE", "Mentee " + i));
        }
        Map<String, Integer> proposedBefore = new HashMap<>();
        for (Person mentor : List.of(best, second, poor)) {
            proposedBefore.put(mentor.id(), inboxItems(mentor, "PAIRING_PROPOSED").size());
        }

        mentees.forEach(JourneyIT::postPath);
        SystemUnderTest.platform().kill("matching");
        Instant killedAt = Instant.now();
        SystemUnderTest.platform().start("matching");
        System.out.printf(">>> matching killed (-9) with 5 mentees pending and back after %d s%n",
                Duration.between(killedAt, Instant.now()).toSeconds());

        await("one PROPOSED pairing per new mentee after the restart").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertExactlyOneProposalEach(mentees, proposedBefore));
        // and it stays so: no late duplicate from a redelivered event or a republished outbox entry
        await("no duplicate appears").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertExactlyOneProposalEach(mentees, proposedBefore));
    }

    private static void assertExactlyOneProposalEach(List<Person> mentees, Map<String, Integer> proposedBefore) {
        List<JsonNode> all = new ArrayList<>();
        for (Person mentor : List.of(best, second, poor)) {
            var response = api.get("/api/pairings", mentor.token());
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            response.json().forEach(all::add);
        }
        for (Person m : mentees) {
            List<JsonNode> his = all.stream().filter(p -> m.id().equals(p.get("menteeId").asString())).toList();
            assertThat(his).as("pairings of " + m.displayName()).hasSize(1);
            assertThat(his.getFirst().get("state").asString()).isEqualTo("PROPOSED");
            var own = api.get("/api/pairings", m.token());
            assertThat(pairingsOf(own.json(), m.id())).as("pairings " + m.displayName() + " sees").hasSize(1);
        }
        int newItems = 0;
        for (Person mentor : List.of(best, second, poor)) {
            newItems += inboxItems(mentor, "PAIRING_PROPOSED").size() - proposedBefore.get(mentor.id());
        }
        assertThat(newItems).as("new PAIRING_PROPOSED inbox items across the mentors").isEqualTo(mentees.size());
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static void postPath(Person m) {
        Steps.postPath(m, "FM", "NG", List.of("MATCH_ATTEMPTS", "VISA_NEED"));
    }

    private static JsonNode onlyPairingOf(Person mentor, String menteeId) {
        var response = api.get("/api/pairings", mentor.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> found = pairingsOf(response.json(), menteeId);
        assertThat(found).as("pairings of " + mentor.displayName() + " for the mentee").hasSize(1);
        return found.getFirst();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
