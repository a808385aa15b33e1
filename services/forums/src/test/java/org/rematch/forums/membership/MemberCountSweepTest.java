package org.rematch.forums.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rematch.forums.ForumsHttp.mentee;
import static org.rematch.forums.ForumsHttp.moderator;
import static org.rematch.forums.ForumsHttp.newId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumSnapshot;
import org.rematch.contracts.forums.JoinedVia;
import org.rematch.forums.ForumsHttp;
import org.rematch.forums.membership.domain.Membership;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** A crash between writing a membership and recording the count is made good by the sweep. */
@RematchServiceTest
class MemberCountSweepTest extends ServiceTestBase {

    @Autowired
    MemberCountSweep sweep;

    @Test
    void countsThatDifferFromTheMembershipsAreCorrectedAndPublished() {
        ForumsHttp http = new ForumsHttp(port);
        String forumId = http.forumBy(moderator(newId()));
        http.join(forumId, mentee(newId()));
        // as if the service died after each write, before recording the count
        mongo.insert(MembershipDocument.of(new Membership(forumId, newId(), null, Instant.now(), JoinedVia.SELF), List.of()), MembershipDocument.COLLECTION);
        mongo.insert(MembershipDocument.of(new Membership(forumId, newId(), null, Instant.now(), JoinedVia.SELF), List.of()), MembershipDocument.COLLECTION);
        String untouched = http.forumBy(moderator(newId()));

        sweep.correct();

        assertThat(http.memberCount(forumId)).isEqualTo(3);
        assertThat(http.memberCount(untouched)).isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(events()
                .read(Topics.FORUMS, record -> forumId.equals(record.key()), Duration.ofSeconds(2)).getLast().value())
                .satisfies(value -> assertThat(Http.JSON.readValue(value, ForumSnapshot.class).memberCount()).isEqualTo(3)));

        mongo.remove(Query.query(Criteria.where("forumId").is(forumId)), MembershipDocument.COLLECTION);
        sweep.correct();

        assertThat(http.memberCount(forumId)).isZero();
    }
}
