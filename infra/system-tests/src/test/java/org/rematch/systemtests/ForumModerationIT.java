package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.systemtests.Steps.inboxItems;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A moderator runs a forum end to end through the gateway: members join and talk in sanitised markdown, three
 * reports hide a "guaranteed match" seller's post, the moderator mutes the seller and deletes the post, a distress
 * report answers with crisis resources and pages the moderator through notifications, the seller is told of the hide
 * and the mute, the audit log holds every step, and the forum is locked and archived.
 */
@ExtendWith(SystemUnderTest.class)
class ForumModerationIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    private final Http api = SystemUnderTest.gateway();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aModeratorRunsAForumFromFirstPostToAuditLog() {
        Person moderator = moderator();
        JsonNode forum = api.post("/api/forums", moderator.token(), Map.of("name", "IM reapplicants " + run,
                "description", "Reapplying to Internal Medicine", "rules", "1. **Be kind.**\n2. No selling.",
                "tags", List.of("specialty:IM"))).json();
        String forumId = forum.get("forumId").asString();
        assertThat(forum.get("rulesHtml").asString()).contains("<strong>Be kind.</strong>");
        List<Person> members = List.of("Amina", "Bilal", "Chidi", "Seller").stream()
                .map(name -> Person.register("MENTEE", name + " " + run)).toList();
        members.forEach(member -> assertThat(api.post("/api/forums/" + forumId + "/members/me", member.token(), Map.of()).status())
                .isEqualTo(201));
        Person amina = members.get(0);
        Person seller = members.get(3);

        JsonNode thread = api.post("/api/forums/" + forumId + "/threads", amina.token(), Map.of("title", "Personal statement feedback?",
                "body", "Has anyone had **feedback** on theirs? <script>alert(1)</script>")).json();
        String threadId = thread.get("threadId").asString();
        assertThat(thread.get("openingPost").get("html").asString()).contains("<strong>feedback</strong>").doesNotContain("<script");
        String posts = "/api/forums/" + forumId + "/threads/" + threadId + "/posts";
        String spamId = api.post(posts, seller.token(), Map.of("body", "Guaranteed match! Pay $500 for my program")).json()
                .get("postId").asString();

        for (Person reporter : members.subList(0, 3)) {
            var report = api.post(posts + "/" + spamId + "/reports", reporter.token(), Map.of("reason", "MISINFORMATION"));
            assertThat(report.status()).as(report.toString()).isEqualTo(201);
        }
        JsonNode hidden = post(posts, amina, spamId);
        assertThat(hidden.get("hidden").asBoolean()).as("three reporters hide it").isTrue();
        assertThat(hidden.path("body").isNull() || hidden.path("body").isMissingNode()).as("readers see no words").isTrue();
        JsonNode queued = api.get("/api/moderation/queue", moderator.token()).json().get("items");
        assertThat(StreamSupport.stream(queued.spliterator(), false)).anySatisfy(item -> {
            assertThat(item.get("targetId").asString()).isEqualTo(spamId);
            assertThat(item.get("reportCount").asInt()).isEqualTo(3);
        });

        String moderation = "/api/moderation/forums/" + forumId;
        assertThat(api.post(moderation + "/members/" + seller.id() + "/mute", moderator.token(),
                Map.of("reason", "Selling guaranteed matches", "duration", "P7D")).status()).isEqualTo(200);
        var muted = api.post(posts, seller.token(), Map.of("body", "DM me for the guaranteed match"));
        assertThat(muted.status()).as(muted.toString()).isEqualTo(403);
        assertThat(muted.json().get("reason").asString()).isEqualTo("MUTED");
        assertThat(muted.json().get("until").asString()).isNotBlank();
        assertThat(api.post(moderation + "/posts/" + spamId + "/delete", moderator.token(), Map.of("reason", "Scam")).status()).isEqualTo(200);
        assertThat(api.post(moderation + "/posts/" + spamId + "/delete", amina.token(), Map.of("reason", "Scam")).status())
                .as("a member is no moderator").isEqualTo(403);

        var distress = api.post(posts + "/" + thread.get("openingPost").get("postId").asString() + "/reports", members.get(1).token(),
                Map.of("reason", "SELF_HARM", "note", "She wrote she cannot go on"));
        assertThat(distress.status()).isEqualTo(201);
        assertThat(distress.json().get("crisisMessage").asString()).isNotBlank();
        assertThat(distress.json().get("crisisResources").toString()).contains("988");
        assertThat(api.get("/api/moderation/queue?forumId=" + forumId, moderator.token()).json().get("items").get(0).get("urgent")
                .asBoolean()).as("a distress report comes first").isTrue();
        JsonNode page = await("the urgent notice in the moderator's inbox").atMost(DELIVERY)
                .until(() -> inboxItems(moderator, "MODERATION_URGENT"), items -> !items.isEmpty()).getFirst();
        assertThat(page.get("title").asString()).contains("IM reapplicants " + run);
        assertThat(page.get("link").asString()).contains(forumId);
        assertThat(page.get("body").asString()).doesNotContain(members.get(1).displayName(), "cannot go on");
        await("the seller is told of the hide and the mute").atMost(DELIVERY).untilAsserted(() -> {
            assertThat(inboxItems(seller, "POST_HIDDEN")).hasSize(1);
            assertThat(inboxItems(seller, "MUTED")).singleElement()
                    .satisfies(item -> assertThat(item.get("body").asString()).contains("Selling guaranteed matches"));
        });

        JsonNode audit = api.get("/api/moderation/audit?forumId=" + forumId, moderator.token()).json().get("items");
        assertThat(StreamSupport.stream(audit.spliterator(), false).map(entry -> entry.get("action").asString()))
                .contains("POST_HIDDEN_BY_REPORTS", "MEMBER_MUTED", "POST_DELETED");
        assertThat(api.send("DELETE", "/api/moderation/audit", moderator.token(), null).status()).isIn(403, 405);

        assertThat(api.post("/api/forums/" + forumId + "/lock", moderator.token(), null).status()).isEqualTo(200);
        var locked = api.post(posts, amina.token(), Map.of("body", "Anyone still here?"));
        assertThat(locked.status()).as(locked.toString()).isEqualTo(409);
        assertThat(locked.json().get("reason").asString()).isEqualTo("FORUM_LOCKED");
        assertThat(api.post("/api/forums/" + forumId + "/archive", moderator.token(), null).json().get("state").asString())
                .isEqualTo("ARCHIVED");
    }

    private JsonNode post(String posts, Person reader, String postId) {
        JsonNode page = api.get(posts, reader.token()).json().get("items");
        return StreamSupport.stream(page.spliterator(), false).filter(post -> post.get("postId").asString().equals(postId))
                .findFirst().orElseThrow();
    }

    private Person moderator() {
        String admin = Person.token(SystemUnderTest.ADMIN_EMAIL, SystemUnderTest.ADMIN_PASSWORD);
        String email = "forum-moderator-" + run + "@example.org";
        String password = "moderator-password-" + run;
        var created = api.post("/api/accounts/moderators", admin, Map.of("email", email, "password", password, "displayName", "Maya " + run));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String token = Person.token(email, password);
        return new Person(email, password, "Maya " + run, Http.subject(token), token);
    }
}
