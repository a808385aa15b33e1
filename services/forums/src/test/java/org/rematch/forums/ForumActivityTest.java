package org.rematch.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.forums.ForumsHttp.admin;
import static org.rematch.forums.ForumsHttp.body;
import static org.rematch.forums.ForumsHttp.mentee;
import static org.rematch.forums.ForumsHttp.mentor;
import static org.rematch.forums.ForumsHttp.moderator;
import static org.rematch.forums.ForumsHttp.newId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumArchived;
import org.rematch.contracts.forums.ForumLocked;
import org.rematch.contracts.forums.JoinedVia;
import org.rematch.contracts.forums.MemberBanned;
import org.rematch.contracts.forums.MemberJoined;
import org.rematch.contracts.forums.MemberLeft;
import org.rematch.contracts.forums.MemberMuted;
import org.rematch.contracts.forums.MemberReported;
import org.rematch.contracts.forums.MemberSuspended;
import org.rematch.contracts.forums.PostHidden;
import org.rematch.contracts.forums.PostReported;
import org.rematch.contracts.forums.ReportReason;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.TestEvents;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * What forums tells on forums.activity, read back from the broker: every event of the catalogue, keyed by its forum
 * (a suspension by its person), typed by ce_type, and never naming a reporter, a report's note or the acting moderator.
 */
@RematchServiceTest
class ForumActivityTest extends ServiceTestBase {

    private String moderatorId;
    private String mod;
    private String forumId;
    private String forumName;
    private String aminaId;
    private String amina;

    @Override
    protected ForumsHttp http() {
        return new ForumsHttp(port);
    }

    @BeforeEach
    void aForumWithAMember() {
        moderatorId = newId();
        mod = moderator(moderatorId);
        forumId = http().forumBy(mod);
        forumName = Http.json(http().get("/api/forums/" + forumId, mod)).get("name").asString();
        aminaId = newId();
        amina = mentee(aminaId);
        http().join(forumId, amina);
    }

    @Test
    void joiningLeavingAndComingBackAreEachTold() {
        MemberJoined joined = onlyEvent(MemberJoined.class, forumId, event -> aminaId.equals(event.accountId()));
        assertThat(joined).extracting(MemberJoined::forumId, MemberJoined::forumName, MemberJoined::via)
                .containsExactly(forumId, forumName, JoinedVia.SELF);

        assertThat(http().delete("/api/forums/" + forumId + "/members/me", amina).getStatusCode().value()).isEqualTo(204);
        assertThat(http().memberCount(forumId)).isZero();
        http().join(forumId, amina);

        MemberLeft left = onlyEvent(MemberLeft.class, forumId, event -> aminaId.equals(event.accountId()));
        assertThat(left.leftAt()).isAfterOrEqualTo(joined.joinedAt());
        List<MemberJoined> joins = events(MemberJoined.class, forumId, event -> aminaId.equals(event.accountId()), 2);
        assertThat(joins).hasSize(2);
        assertThat(joins.get(1).joinedAt()).isAfterOrEqualTo(left.leftAt());
        assertThat(http().memberCount(forumId)).isEqualTo(1);
        JsonNode members = Http.json(http().get("/api/forums/" + forumId + "/members", amina)).get("items");
        assertThat(members.valueStream().map(member -> member.get("accountId").asString())).containsExactly(aminaId);
    }

    @Test
    void lockingAndArchivingAreToldAndEditingIsNot() {
        http().put("/api/forums/" + forumId, mod, "{\"name\":\"" + forumName + "\",\"tags\":[\"specialty:FM\"]}");
        http().moderate(forumId, mod, "lock");
        http().moderate(forumId, mod, "archive");

        assertThat(onlyEvent(ForumLocked.class, forumId, event -> true).forumName()).isEqualTo(forumName);
        assertThat(onlyEvent(ForumArchived.class, forumId, event -> true).forumName()).isEqualTo(forumName);
        assertThat(records(forumId)).extracting(ForumActivityTest::type)
                .containsOnly(EventTypes.typeOf(MemberJoined.class), EventTypes.typeOf(ForumLocked.class),
                        EventTypes.typeOf(ForumArchived.class));
    }

    @Test
    void anUrgentReportNamesTheForumsModeratorsButNeitherTheReporterNorTheNote() {
        String reporterId = newId();
        String reporter = mentor(reporterId);
        http().join(forumId, reporter);
        JsonNode thread = http().startThread(forumId, amina, "I can't do another cycle", "I don't see the point anymore.");
        String threadId = thread.get("threadId").asString();
        String postId = thread.get("openingPost").get("postId").asString();

        ResponseEntity<String> reported = http().reportPost(forumId, threadId, postId, reporter, "SELF_HARM",
                "She wrote to me privately that tonight is the night");
        assertThat(reported.getStatusCode().value()).isEqualTo(201);

        PostReported told = onlyEvent(PostReported.class, forumId, event -> postId.equals(event.postId()));
        assertThat(told).extracting(PostReported::reportId, PostReported::threadId, PostReported::reason, PostReported::urgent,
                PostReported::moderatorIds, PostReported::forumName)
                .containsExactly(Http.json(reported).get("reportId").asString(), threadId, ReportReason.SELF_HARM, true,
                        List.of(moderatorId), forumName);
        assertThat(records(forumId)).filteredOn(record -> EventTypes.typeOf(PostReported.class).equals(type(record)))
                .extracting(ConsumerRecord::value).singleElement()
                .satisfies(value -> assertThat(value).doesNotContain(reporterId, "tonight is the night"));
    }

    @Test
    void aReportedMemberIsToldAsAMemberReportThatIsNotUrgent() {
        String reporter = mentee(newId());
        http().join(forumId, reporter);

        ResponseEntity<String> reported = http().post("/api/forums/" + forumId + "/members/" + aminaId + "/reports", reporter,
                body("reason", "HARASSMENT", "note", "keeps messaging me"));
        assertThat(reported.getStatusCode().value()).isEqualTo(201);

        MemberReported told = onlyEvent(MemberReported.class, forumId, event -> aminaId.equals(event.accountId()));
        assertThat(told.reason()).isEqualTo(ReportReason.HARASSMENT);
        assertThat(told.urgent()).isFalse();
        assertThat(told.moderatorIds()).containsExactly(moderatorId);
    }

    @Test
    void postsHiddenByTheThresholdAndByAModeratorAreToldToTheirAuthor() {
        JsonNode thread = http().startThread(forumId, amina, "Guaranteed match", "Pay me and you will match.");
        String threadId = thread.get("threadId").asString();
        String byReports = thread.get("openingPost").get("postId").asString();
        String byModerator = http().reply(forumId, threadId, amina, "Really, it works.").get("postId").asString();
        for (int i = 0; i < 3; i++) {
            String reporter = mentee(newId());
            http().join(forumId, reporter);
            http().reportPost(forumId, threadId, byReports, reporter, "MISINFORMATION", null);
        }
        http().acted("/forums/" + forumId + "/posts/" + byModerator + "/hide", mod, "reason", "Selling matches");

        PostHidden hiddenByReports = onlyEvent(PostHidden.class, forumId, event -> byReports.equals(event.postId()));
        assertThat(hiddenByReports).extracting(PostHidden::byReports, PostHidden::authorId, PostHidden::threadId)
                .containsExactly(true, aminaId, threadId);
        assertThat(hiddenByReports.reason()).contains("reported by 3 members");
        PostHidden hiddenByModerator = onlyEvent(PostHidden.class, forumId, event -> byModerator.equals(event.postId()));
        assertThat(hiddenByModerator).extracting(PostHidden::byReports, PostHidden::reason).containsExactly(false, "Selling matches");
        assertThat(records(forumId)).filteredOn(record -> EventTypes.typeOf(PostHidden.class).equals(type(record)))
                .extracting(ConsumerRecord::value).noneMatch(value -> value.contains(moderatorId));
    }

    @Test
    void mutesBansAndSuspensionsAreToldWithTheirReasonAndEnd() {
        String members = "/forums/" + forumId + "/members/" + aminaId;
        JsonNode mute = http().acted(members + "/mute", mod, "reason", "Cool down", "duration", "P1D");
        http().acted(members + "/unmute", mod, "reason", "Apologised");
        http().acted(members + "/ban", mod, "reason", "Selling fake observerships");
        http().acted("/accounts/" + aminaId + "/suspend", admin(), "reason", "Fraud across forums", "until", "2099-01-01T00:00:00Z");

        MemberMuted muted = onlyEvent(MemberMuted.class, forumId, event -> aminaId.equals(event.accountId()));
        assertThat(muted.reason()).isEqualTo("Cool down");
        assertThat(muted.until()).isEqualTo(Instant.parse(mute.get("until").asString()));
        assertThat(Duration.between(muted.mutedAt(), muted.until())).isEqualTo(Duration.ofDays(1));
        MemberBanned banned = onlyEvent(MemberBanned.class, forumId, event -> aminaId.equals(event.accountId()));
        assertThat(banned).extracting(MemberBanned::reason, MemberBanned::until, MemberBanned::forumName)
                .containsExactly("Selling fake observerships", null, forumName);
        MemberSuspended suspended = onlyEvent(MemberSuspended.class, aminaId, event -> true);
        assertThat(suspended.until()).isEqualTo(Instant.parse("2099-01-01T00:00:00Z"));
        assertThat(events(MemberLeft.class, forumId, event -> aminaId.equals(event.accountId()), 0))
                .as("a ban is told as a ban, not as leaving").isEmpty();
    }

    /** The one event of this type under this key that matches, waiting for it to be relayed. */
    private <T> T onlyEvent(Class<T> type, String key, Predicate<T> matching) {
        return events(type, key, matching, 1).getFirst();
    }

    /** The events of this type under this key that match, once there are at least {@code atLeast}. */
    private <T> List<T> events(Class<T> type, String key, Predicate<T> matching, int atLeast) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> records(key).stream()
                .filter(record -> EventTypes.typeOf(type).equals(type(record)))
                .map(record -> Http.JSON.readValue(record.value(), type))
                .filter(matching)
                .toList(), found -> found.size() >= atLeast);
    }

    private static String type(ConsumerRecord<String, String> record) {
        return TestEvents.header(record, CloudEventHeaders.TYPE);
    }

    private List<ConsumerRecord<String, String>> records(String key) {
        return events().read(Topics.FORUM_ACTIVITY, record -> key.equals(record.key()), Duration.ofSeconds(2));
    }
}
