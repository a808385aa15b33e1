package org.rematch.forums.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.forums.ForumsHttp.admin;
import static org.rematch.forums.ForumsHttp.mentee;
import static org.rematch.forums.ForumsHttp.mentor;
import static org.rematch.forums.ForumsHttp.moderator;
import static org.rematch.forums.ForumsHttp.newId;
import static org.rematch.testsupport.FixtureShape.assertSameShape;
import static org.rematch.testsupport.Http.json;
import static org.rematch.testsupport.Http.problem;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumSnapshot;
import org.rematch.forums.ForumsHttp;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Joining, leaving, one's own membership, the member list and the member count that forums.forums carries. */
@RematchServiceTest
class MembershipApiTest extends ServiceTestBase {

    @Override
    protected ForumsHttp http() {
        return new ForumsHttp(port);
    }

    private static String members(String forumId) {
        return "/api/forums/" + forumId + "/members";
    }

    private static String me(String forumId) {
        return members(forumId) + "/me";
    }

    @Test
    void aMenteeJoinsOnceLeavesAndEveryCountChangeIsPublishedWithANewVersion() {
        String forumId = http().forumBy(moderator(newId()));
        String menteeId = newId();
        String mentorId = newId();

        ResponseEntity<String> joined = http().post(me(forumId), mentee(menteeId), null);
        ResponseEntity<String> again = http().post(me(forumId), mentee(menteeId), null);
        ResponseEntity<String> mentorJoined = http().post(me(forumId), mentor(mentorId), null);

        assertThat(joined.getStatusCode().value()).isEqualTo(201);
        assertThat(joined.getHeaders().getLocation()).hasToString(me(forumId));
        JsonNode membership = json(joined);
        assertThat(membership.get("forumId").asString()).isEqualTo(forumId);
        assertThat(membership.get("accountId").asString()).isEqualTo(menteeId);
        assertThat(membership.get("displayName").asString()).isEqualTo("Mentee " + menteeId.substring(0, 8));
        assertThat(membership.get("joinedAt").asString()).isNotBlank();
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(json(again)).isEqualTo(membership);
        assertThat(mentorJoined.getStatusCode().value()).isEqualTo(201);
        assertThat(http().memberCount(forumId)).isEqualTo(2);
        assertThat(json(http().get(me(forumId), mentee(menteeId)))).isEqualTo(membership);

        assertThat(http().delete(me(forumId), mentee(menteeId)).getStatusCode().value()).isEqualTo(204);
        assertThat(http().delete(me(forumId), mentee(menteeId)).getStatusCode().value()).isEqualTo(204);

        assertThat(http().memberCount(forumId)).isEqualTo(1);
        assertThat(problem(http().get(me(forumId), mentee(menteeId)), 404).get("detail").asString()).contains("not a member");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(snapshots(forumId, Duration.ofSeconds(2)))
                .extracting(ForumSnapshot::memberCount).containsExactly(0, 1, 2, 1));
        assertThat(snapshots(forumId, Duration.ofSeconds(2))).extracting(ForumSnapshot::version).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void moderatorsAndAdminsDoNotJoinTheyTakePartAsModerators() {
        String moderatorId = newId();
        String forumId = http().forumBy(moderator(moderatorId));

        assertThat(problem(http().post(me(forumId), moderator(moderatorId), null), 403).get("detail").asString())
                .contains("moderate");
        problem(http().post(me(forumId), admin(), null), 403);
        assertThat(http().memberCount(forumId)).isZero();
    }

    @Test
    void anArchivedForumCannotBeJoinedButItsMembersMayStillLeave() {
        String moderator = moderator(newId());
        String forumId = http().forumBy(moderator);
        String member = mentee(newId());
        http().join(forumId, member);
        http().moderate(forumId, moderator, "archive");

        JsonNode refused = problem(http().post(me(forumId), mentor(newId()), null), 409);

        assertThat(refused.get("reason").asString()).isEqualTo("FORUM_ARCHIVED");
        assertThat(refused.get("detail").asString()).contains("archived");
        assertThat(http().delete(me(forumId), member).getStatusCode().value()).isEqualTo(204);
        assertThat(http().memberCount(forumId)).isZero();
    }

    @Test
    void aLockedForumCanStillBeJoined() {
        String moderator = moderator(newId());
        String forumId = http().forumBy(moderator);
        http().moderate(forumId, moderator, "lock");

        assertThat(http().post(me(forumId), mentee(newId()), null).getStatusCode().value()).isEqualTo(201);
        assertThat(http().memberCount(forumId)).isEqualTo(1);
    }

    @Test
    void theMemberListIsForMembersTheForumsModeratorsAndAdminsLongestStandingFirstInPages() {
        String moderatorId = newId();
        String forumId = http().forumBy(moderator(moderatorId));
        List<String> memberIds = List.of(newId(), newId(), newId());
        memberIds.forEach(id -> http().join(forumId, mentee(id)));

        JsonNode first = json(http().get(members(forumId) + "?size=2", mentee(memberIds.get(2))));
        JsonNode second = json(http().get(members(forumId) + "?page=1&size=2", moderator(moderatorId)));

        assertThat(first.get("items").findValuesAsString("accountId")).containsExactly(memberIds.get(0), memberIds.get(1));
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(second.get("items").findValuesAsString("accountId")).containsExactly(memberIds.get(2));
        assertThat(first.get("items").get(0).get("displayName").asString()).startsWith("Mentee ");
        assertThat(json(http().get(members(forumId), admin())).get("items")).hasSize(3);

        for (String outsider : List.of(mentee(newId()), mentor(newId()), moderator(newId()))) {
            JsonNode refused = problem(http().get(members(forumId), outsider), 403);
            assertThat(refused.get("reason").asString()).isEqualTo("NOT_A_MEMBER");
            assertThat(refused.get("detail").asString()).contains("join");
        }
    }

    @Test
    void aMemberWhoLeftNoLongerSeesTheList() {
        String forumId = http().forumBy(moderator(newId()));
        String member = mentee(newId());
        http().join(forumId, member);
        assertThat(http().get(members(forumId), member).getStatusCode().value()).isEqualTo(200);

        http().delete(me(forumId), member);

        problem(http().get(members(forumId), member), 403);
    }

    @Test
    void badPagesAreNamedAndUnknownForumsAre404() {
        String forumId = http().forumBy(moderator(newId()));
        String member = mentee(newId());
        http().join(forumId, member);

        assertThat(problem(http().get(members(forumId) + "?page=-1&size=500", member), 400).get("errors").findValuesAsString("field"))
                .containsExactly("page", "size");
        String unknown = newId();
        problem(http().post(me(unknown), member, null), 404);
        problem(http().delete(me(unknown), member), 404);
        problem(http().get(me(unknown), member), 404);
        problem(http().get(members(unknown), admin()), 404);
    }

    @Test
    void withoutATokenNothingAnswers() {
        String forumId = http().forumBy(moderator(newId()));

        problem(http().post(me(forumId), null, null), 401);
        problem(http().delete(me(forumId), null), 401);
        problem(http().get(me(forumId), null), 401);
        problem(http().get(members(forumId), null), 401);
    }

    @Test
    void peopleJoiningAtTheSameMomentAreAllCountedAndTheLastSnapshotSaysSo() throws Exception {
        String forumId = http().forumBy(moderator(newId()));
        int people = 24;

        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Integer>> joins = IntStream.range(0, people).mapToObj(i -> pool.submit(() ->
                    new Http(port).post(me(forumId), i % 2 == 0 ? mentee(newId()) : mentor(newId()), null).getStatusCode().value()))
                    .toList();
            for (Future<Integer> join : joins) {
                assertThat(join.get()).isEqualTo(201);
            }
        }

        assertThat(http().memberCount(forumId)).isEqualTo(people);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ForumSnapshot> published = snapshots(forumId, Duration.ofSeconds(2));
            assertThat(published.getLast().memberCount()).isEqualTo(people);
            assertThat(published).extracting(ForumSnapshot::version).isSorted().doesNotHaveDuplicates();
        });
    }

    private List<ForumSnapshot> snapshots(String forumId, Duration timeout) {
        return events().read(Topics.FORUMS, record -> forumId.equals(record.key()) && record.value() != null, timeout).stream()
                .peek(record -> assertSameShape(record.value(), ForumSnapshot.class))
                .map(record -> Http.JSON.readValue(record.value(), ForumSnapshot.class)).toList();
    }
}
