package org.rematch.forums.moderation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rematch.forums.forum.domain.InvalidInput;

class SanctionRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static Sanction mute(String duration) {
        return Sanction.mute("s", "f", "member", "mod", "heated", duration, NOW);
    }

    @Test
    void aMuteLastsAnIsoDurationFromOneHourToThirtyDaysAndEndsByItself() {
        Sanction mute = mute("PT2H");
        assertThat(mute.until()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(mute.activeAt(NOW)).isTrue();
        assertThat(mute.activeAt(NOW.plus(Duration.ofMinutes(119)))).isTrue();
        assertThat(mute.activeAt(NOW.plus(Duration.ofHours(2)))).as("the end is the first instant it no longer applies").isFalse();
        assertThat(mute("PT1H").until()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(mute("P30D").until()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        for (String bad : new String[] {"PT59M", "P31D", "one hour", "", "60"}) {
            assertThatThrownBy(() -> mute(bad)).as(bad).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.violations().getFirst().field()).isEqualTo("duration"));
        }
    }

    @Test
    void aBanOrSuspensionLastsUntilLiftedOrItsOptionalEndInTheFuture() {
        Sanction ban = Sanction.ban("s", "f", "member", "mod", "scam", null, NOW);
        assertThat(ban.until()).isNull();
        assertThat(ban.activeAt(NOW.plus(Duration.ofDays(3650)))).isTrue();
        Sanction lifted = new Sanction("s", SanctionKind.BAN, "f", "member", "mod", "scam", NOW, null, NOW.plusSeconds(10));
        assertThat(lifted.activeAt(NOW.plusSeconds(11))).isFalse();
        Sanction ending = Sanction.suspend("s", "member", "admin", "fraud", "2026-04-01T00:00:00Z", NOW);
        assertThat(ending.forumId()).isNull();
        assertThat(ending.activeAt(Instant.parse("2026-04-01T00:00:00Z"))).isFalse();
        assertThatThrownBy(() -> Sanction.ban("s", "f", "m", "mod", "x", "2020-01-01T00:00:00Z", NOW)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Sanction.ban("s", "f", "m", "mod", "x", "tomorrow", NOW)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Sanction.ban("s", "f", "m", "mod", " ", null, NOW)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations().getFirst().field()).isEqualTo("reason"));
    }

    @Test
    void theMostSevereSanctionInForceAnswersAndAnExpiredOneNoLongerCounts() {
        Sanction mute = mute("PT1H");
        Sanction suspension = Sanction.suspend("s2", "member", "admin", "fraud", null, NOW);

        assertThat(Standing.blocking(List.of(mute, suspension), NOW)).contains(suspension);
        assertThat(Standing.blocking(List.of(mute), NOW.plus(Duration.ofHours(1)))).isEmpty();
        assertThatThrownBy(() -> Standing.requireMayWrite(List.of(mute), NOW.plusSeconds(60)))
                .isInstanceOfSatisfying(Standing.Sanctioned.class, e -> {
                    assertThat(e.sanction().kind().code()).isEqualTo("MUTED");
                    assertThat(e.sanction().reason()).isEqualTo("heated");
                });
        Standing.requireMayWrite(List.of(mute), NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void aMutedPersonMayStillJoinButABannedOneMayNot() {
        Standing.requireMayJoin(List.of(mute("PT1H")), NOW);
        Sanction ban = Sanction.ban("s", "f", "member", "mod", "scam", null, NOW);
        assertThatThrownBy(() -> Standing.requireMayJoin(List.of(ban), NOW)).isInstanceOf(Standing.Sanctioned.class);
    }

    @Test
    void slowModeAllowsNPostsInAnySlidingMinuteAndSaysWhenTheNextIsAllowed() {
        SlowMode twoPerMinute = new SlowMode(2);
        Instant first = NOW.minusSeconds(50);
        Instant second = NOW.minusSeconds(10);

        assertThat(twoPerMinute.retryAt(List.of(first), NOW)).isEmpty();
        assertThat(twoPerMinute.retryAt(List.of(second, first), NOW)).contains(first.plusSeconds(60));
        assertThat(twoPerMinute.retryAt(List.of(NOW.minusSeconds(61), second), NOW)).as("older than a minute").isEmpty();
        assertThat(new SlowMode(0).retryAt(List.of(first, second, NOW), NOW)).isEmpty();
        assertThatThrownBy(() -> new SlowMode(61)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void firstDayPostsAreHeldOnlyWhileTheForumAsksAndForTwentyFourHoursAfterJoining() {
        Instant joined = NOW.minus(Duration.ofHours(23));
        assertThat(FirstDayHold.holds(true, joined, NOW)).isTrue();
        assertThat(FirstDayHold.holds(true, joined, joined.plus(Duration.ofHours(24)))).isFalse();
        assertThat(FirstDayHold.holds(false, joined, NOW)).isFalse();
        assertThat(FirstDayHold.holds(true, null, NOW)).as("not a member: a moderator, who is never held").isFalse();
    }

    @Test
    void settingsAreValidatedTogether() {
        assertThat(ForumSettings.of(3, true)).isEqualTo(new ForumSettings(new SlowMode(3), true));
        assertThatThrownBy(() -> ForumSettings.of(-1, null)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("slowModePostsPerMinute", "holdFirstDayPosts"));
    }
}
