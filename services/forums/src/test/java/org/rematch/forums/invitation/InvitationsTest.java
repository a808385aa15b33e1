package org.rematch.forums.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.forums.ForumsHttp.mentee;
import static org.rematch.forums.ForumsHttp.moderator;
import static org.rematch.forums.ForumsHttp.newId;
import static org.rematch.testsupport.Http.json;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.mentees.ForumJoining;
import org.rematch.contracts.pairings.ForumsRecommended;
import org.rematch.contracts.pairings.ForumsRecommended.RecommendedForum;
import org.rematch.forums.ForumsHttp;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * ForumsRecommended from matching.pairings, through the real broker: the mentee is invited, or joined when they asked
 * for that, and never against a ban, an archive or their own earlier leaving; invitations are accepted, declined,
 * exported and erased.
 */
@RematchServiceTest
class InvitationsTest extends ServiceTestBase {

    private static final String CONSUMER = "forums.recommendations";

    private String forumId;
    private String mod;
    private String menteeId;
    private String amina;

    @Override
    protected ForumsHttp http() {
        return new ForumsHttp(port);
    }

    @BeforeEach
    void aForumAndAMentee() {
        mod = moderator(newId());
        forumId = http().forumBy(mod);
        menteeId = newId();
        amina = mentee(menteeId);
    }

    @Test
    void aMenteeWhoAskedToBeInvitedIsInvitedOnceAndJoinsByAccepting() {
        String eventId = recommend(ForumJoining.INVITE);

        JsonNode invitation = await().atMost(Duration.ofSeconds(30)).until(() -> invitations(amina), list -> list.size() == 1).get(0);
        assertThat(invitation.get("forumId").asString()).isEqualTo(forumId);
        assertThat(invitation.get("sharedTags").valueStream().map(JsonNode::asString)).containsExactly("specialty:IM");
        assertThat(invitation.get("forumName").asString()).startsWith("Forum ");
        assertThat(http().get("/api/forums/" + forumId + "/members/me", amina).getStatusCode().value()).isEqualTo(404);

        redeliver(eventId, ForumJoining.INVITE);
        String again = recommend(ForumJoining.INVITE);
        // same key, same partition: once the later event is handled, the redelivery before it was too
        await().atMost(Duration.ofSeconds(30)).until(() -> handled(CONSUMER, again));
        assertThat(invitations(amina)).hasSize(1);
        assertThat(invitations(mentee(newId()))).as("nobody else's").isEmpty();

        ResponseEntity<String> accepted = http().post("/api/forums/invitations/" + forumId + "/accept", amina, null);
        assertThat(accepted.getStatusCode().value()).isEqualTo(201);
        assertThat(json(accepted).get("accountId").asString()).isEqualTo(menteeId);
        assertThat(invitations(amina)).isEmpty();
        assertThat(http().memberCount(forumId)).isEqualTo(1);
        assertThat(http().post("/api/forums/invitations/" + forumId + "/accept", amina, null).getStatusCode().value())
                .as("the invitation is used").isEqualTo(404);
    }

    @Test
    void aMenteeWhoAskedToBeJoinedIsAMemberUnderTheirNameWithoutAnInvitation() {
        recommend(ForumJoining.JOIN_AUTOMATICALLY);

        JsonNode membership = json(await().atMost(Duration.ofSeconds(30)).until(
                () -> http().get("/api/forums/" + forumId + "/members/me", amina), response -> response.getStatusCode().value() == 200));
        assertThat(membership.get("displayName").asString()).isEqualTo("Amina K.");
        assertThat(http().memberCount(forumId)).isEqualTo(1);
        assertThat(invitations(amina)).isEmpty();
    }

    @Test
    void aForumTheMenteeLeftIsOfferedAgainAsAnInvitationNotJoinedUnasked() {
        http().join(forumId, amina);
        assertThat(http().delete("/api/forums/" + forumId + "/members/me", amina).getStatusCode().value()).isEqualTo(204);

        recommend(ForumJoining.JOIN_AUTOMATICALLY);

        await().atMost(Duration.ofSeconds(30)).until(() -> invitations(amina), list -> list.size() == 1);
        assertThat(http().get("/api/forums/" + forumId + "/members/me", amina).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void noInvitationNorMembershipWhereABanOrAnArchiveStandsInTheWay() {
        String archived = http().forumBy(mod);
        http().moderate(archived, mod, "archive");
        http().join(forumId, amina);
        http().acted("/forums/" + forumId + "/members/" + menteeId + "/ban", mod, "reason", "Selling fake observerships");

        String eventId = recommend(ForumJoining.JOIN_AUTOMATICALLY, forumId, archived);
        await().atMost(Duration.ofSeconds(30)).until(() -> handled(CONSUMER, eventId));

        assertThat(invitations(amina)).isEmpty();
        assertThat(http().get("/api/forums/" + forumId + "/members/me", amina).getStatusCode().value()).isEqualTo(404);
        assertThat(http().get("/api/forums/" + archived + "/members/me", amina).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aDeclinedInvitationIsGoneAndOnlyOpenInvitationsAreExportedAndErasureRemovesThem() {
        String other = http().forumBy(mod);
        recommend(ForumJoining.INVITE, forumId, other);
        await().atMost(Duration.ofSeconds(30)).until(() -> invitations(amina), list -> list.size() == 2);

        assertThat(http().delete("/api/forums/invitations/" + other, amina).getStatusCode().value()).isEqualTo(204);
        assertThat(http().delete("/api/forums/invitations/" + other, amina).getStatusCode().value()).isEqualTo(204);

        assertThat(invitations(amina)).extracting(invitation -> invitation.get("forumId").asString()).containsExactly(forumId);
        JsonNode exported = json(http().get("/api/personal-data", amina)).findValue("invitations");
        assertThat(exported.valueStream().map(invitation -> invitation.get("forumId").asString())).containsExactly(forumId);

        events().tombstone(Topics.ACCOUNTS, menteeId, AccountSnapshot.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> !mongo.exists(Query.query(Criteria.where("accountId").is(menteeId)),
                InvitationDocument.COLLECTION));
    }

    private List<JsonNode> invitations(String token) {
        ResponseEntity<String> response = http().get("/api/forums/invitations", token);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return json(response).valueStream().toList();
    }

    private String recommend(ForumJoining joining) {
        return recommend(joining, forumId);
    }

    private String recommend(ForumJoining joining, String... forumIds) {
        return publish(UUID.randomUUID().toString(), joining, forumIds);
    }

    private void redeliver(String eventId, ForumJoining joining) {
        publish(eventId, joining, forumId);
    }

    private String publish(String eventId, ForumJoining joining, String... forumIds) {
        List<RecommendedForum> forums = List.of(forumIds).stream()
                .map(id -> new RecommendedForum(id, "Forum", Set.of("specialty:IM"))).toList();
        ForumsRecommended event = new ForumsRecommended(menteeId, "Amina K.", forums, joining, Instant.parse("2026-03-16T14:05:00Z"));
        return events().publish(Topics.PAIRINGS, menteeId, EventTypes.typeOf(ForumsRecommended.class), Http.JSON.writeValueAsString(event),
                eventId);
    }
}
