package org.rematch.notifications.inbox.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.EventTypes;
import org.rematch.contracts.Fixtures;
import org.rematch.contracts.forums.ForumActivity;
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
import tools.jackson.databind.json.JsonMapper;

class ForumNotificationsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String FORUM = "Internal Medicine reapplicants";
    static final String CRISIS = "the 988 Suicide & Crisis Lifeline (call or text 988 in the US), https://findahelpline.com elsewhere";

    /** Staff as the listener sees it: these admins, these erased accounts; counts how often the admins were asked. */
    static final class KnownStaff implements Staff {
        final List<String> admins;
        final Set<String> erased;
        int adminsAsked;

        KnownStaff(List<String> admins, Set<String> erased) {
            this.admins = admins;
            this.erased = erased;
        }

        @Override
        public Collection<String> admins() {
            adminsAsked++;
            return admins;
        }

        @Override
        public boolean erased(String accountId) {
            return erased.contains(accountId);
        }
    }

    static KnownStaff admins(String... ids) {
        return new KnownStaff(List.of(ids), Set.of());
    }

    static <T> T fixture(Class<T> type) {
        return JSON.readValue(Fixtures.json(type), type);
    }

    static PostReported urgentPostReport(List<String> moderatorIds) {
        PostReported p = fixture(PostReported.class);
        return new PostReported(p.reportId(), p.forumId(), p.forumName(), p.threadId(), p.postId(), ReportReason.SELF_HARM, true,
                moderatorIds, p.reportedAt());
    }

    static MemberReported memberReport(boolean urgent, List<String> moderatorIds) {
        MemberReported m = fixture(MemberReported.class);
        return new MemberReported(m.reportId(), m.forumId(), m.forumName(), m.accountId(), urgent ? ReportReason.SELF_HARM : m.reason(),
                urgent, moderatorIds, m.reportedAt());
    }

    static List<InboxItem> render(String eventId, ForumActivity event, Staff staff) {
        return ForumNotifications.render(eventId, event, staff);
    }

    // --- the urgent distress notice ---

    @Test
    void anUrgentPostReportPagesEachOfTheForumsModeratorsWithAnItemOfTheirOwn() {
        PostReported report = urgentPostReport(List.of("mod-1", "mod-2"));
        KnownStaff staff = admins("admin-1");

        List<InboxItem> items = render("event-1", report, staff);

        assertThat(items).extracting(InboxItem::recipientId).containsExactly("mod-1", "mod-2");
        assertThat(items).extracting(InboxItem::id)
                .containsExactly(InboxItem.idFor("event-1", "mod-1"), InboxItem.idFor("event-1", "mod-2"));
        assertThat(staff.adminsAsked).as("a forum with moderators does not need its admins").isZero();
        InboxItem item = items.getFirst();
        assertThat(item.type()).isEqualTo(InboxItemType.MODERATION_URGENT);
        assertThat(item.title()).isEqualTo("Urgent: a member may be at risk in " + FORUM);
        assertThat(item.body()).isEqualTo("A member raised a self-harm concern about a post in " + FORUM + ". Please check the"
                + " moderation queue now: the report is at the top. For your own use if anyone is in immediate danger: " + CRISIS
                + ", and local emergency services.");
        assertThat(item.link()).isEqualTo("/moderation/queue?forumId=" + report.forumId());
        assertThat(item.createdAt()).isEqualTo(report.reportedAt());
        assertThat(item.read()).isFalse();
        assertThat(item.mentions()).isEmpty();
        assertThat(items.get(1)).usingRecursiveComparison().ignoringFields("id", "recipientId").isEqualTo(item);
    }

    @Test
    void theFixtureOfAnUrgentReportRendersToo() {
        PostReported report = fixture(PostReported.class);
        assertThat(report.urgent()).isTrue();

        assertThat(render("e", report, admins())).singleElement()
                .satisfies(item -> assertThat(item.recipientId()).isEqualTo(report.moderatorIds().getFirst()));
    }

    @Test
    void anUrgentMemberReportNamesNeitherTheReportedMemberNorAnythingThatPointsToThem() {
        MemberReported report = memberReport(true, List.of("mod-1"));

        InboxItem item = render("event-2", report, admins()).getFirst();

        assertThat(item.title()).isEqualTo("Urgent: a member may be at risk in " + FORUM);
        assertThat(item.body()).startsWith("A member raised a self-harm concern about another member of " + FORUM + ".")
                .contains("moderation queue now", "988", "https://findahelpline.com");
        assertThat(visibleText(item)).doesNotContain(report.accountId(), report.reportId());
        assertThat(item.mentions()).isEmpty();
    }

    @Test
    void aPostReportPointsToTheQueueNotToThePost() {
        PostReported report = urgentPostReport(List.of("mod-1"));

        InboxItem item = render("e", report, admins()).getFirst();

        assertThat(visibleText(item)).doesNotContain(report.postId(), report.threadId(), report.reportId());
    }

    @Test
    void withoutModeratorsOfItsOwnTheForumsUrgentReportPagesTheAdminsSayingWhy() {
        for (List<String> none : Arrays.<List<String>>asList(List.of(), null, List.of(" "))) {
            List<InboxItem> items = render("event-3", urgentPostReport(none), admins("admin-1", "admin-2"));

            assertThat(items).extracting(InboxItem::recipientId).containsExactly("admin-1", "admin-2");
            assertThat(items).extracting(InboxItem::id)
                    .containsExactly(InboxItem.idFor("event-3", "admin-1"), InboxItem.idFor("event-3", "admin-2"));
            assertThat(items).allSatisfy(item -> {
                assertThat(item.type()).isEqualTo(InboxItemType.MODERATION_URGENT);
                assertThat(item.title()).isEqualTo("Urgent: a member may be at risk in " + FORUM);
                assertThat(item.body()).contains("Please check the moderation queue now",
                        "The forum has no moderator of its own to ask, so this comes to you as an admin.", CRISIS);
            });
        }
    }

    @Test
    void erasedModeratorsAreNotPagedAndWhenNoneIsLeftTheAdminsAre() {
        KnownStaff staff = new KnownStaff(List.of("admin-1", "gone-admin"), Set.of("gone-1", "gone-2", "gone-admin"));

        assertThat(render("e", urgentPostReport(List.of("gone-1", "mod-2")), staff)).extracting(InboxItem::recipientId)
                .containsExactly("mod-2");
        assertThat(render("e", urgentPostReport(List.of("gone-1", "gone-2")), staff)).extracting(InboxItem::recipientId)
                .containsExactly("admin-1");
    }

    @Test
    void aModeratorListedTwiceIsPagedOnce() {
        assertThat(render("e", urgentPostReport(Arrays.asList("mod-1", null, "mod-1", "mod-2")), admins()))
                .extracting(InboxItem::recipientId).containsExactly("mod-1", "mod-2");
    }

    @Test
    void anUrgentReportThatCanReachNobodyFailsSoItIsRetriedAndKeptRatherThanLost() {
        PostReported report = urgentPostReport(List.of());

        assertThatThrownBy(() -> render("e", report, admins()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(report.reportId()).hasMessageContaining(report.forumId());
    }

    @Test
    void eachRecipientsItemHasItsOwnStableId() {
        PostReported report = urgentPostReport(List.of("mod-1", "mod-2"));

        assertThat(render("event-1", report, admins())).isEqualTo(render("event-1", report, admins()));
        assertThat(render("event-1", report, admins()).getFirst().id()).isNotEqualTo(render("event-2", report, admins()).getFirst().id());
        assertThat(InboxItem.idFor("event-1", "mod-1")).isNotEqualTo(InboxItem.idFor("event-1", "mod-2"))
                .isNotEqualTo(InboxItem.idFor("event-1"));
    }

    @Test
    void aReportThatIsNotUrgentPagesNobody() {
        PostReported p = fixture(PostReported.class);
        PostReported spam = new PostReported(p.reportId(), p.forumId(), p.forumName(), p.threadId(), p.postId(), ReportReason.SPAM,
                false, List.of("mod-1"), p.reportedAt());
        KnownStaff staff = admins("admin-1");

        assertThat(render("e", spam, staff)).isEmpty();
        assertThat(render("e", memberReport(false, List.of("mod-1")), staff)).isEmpty();
        assertThat(render("e", fixture(MemberReported.class), staff)).isEmpty();
        assertThat(render("e", memberReport(false, List.of()), staff)).as("not even to the admins").isEmpty();
        assertThat(staff.adminsAsked).isZero();
    }

    @Test
    void anAwkwardForumNameStaysOnOneLineAndAMissingOneStillReads() {
        PostReported p = urgentPostReport(List.of("mod-1"));
        PostReported awkward = new PostReported(p.reportId(), p.forumId(), "IM\n\nreapplicants\u202E", p.threadId(), p.postId(),
                p.reason(), true, p.moderatorIds(), p.reportedAt());
        PostReported nameless = new PostReported(p.reportId(), null, " ", p.threadId(), p.postId(), p.reason(), true,
                p.moderatorIds(), null);

        assertThat(render("e", awkward, admins()).getFirst().title()).isEqualTo("Urgent: a member may be at risk in IM reapplicants");
        InboxItem item = render("e", nameless, admins()).getFirst();
        assertThat(item.title()).isEqualTo("Urgent: a member may be at risk in a forum");
        assertThat(item.link()).isEqualTo("/moderation/queue");
        assertThat(item.createdAt()).isEqualTo(Instant.EPOCH);
    }

    // --- moderation outcomes, to the person concerned ---

    @Test
    void aPostHiddenByReportsTellsItsAuthorItAwaitsAModeratorsReview() {
        PostHidden hidden = fixture(PostHidden.class);
        assertThat(hidden.byReports()).isTrue();

        InboxItem item = render("event-4", hidden, admins()).getFirst();

        assertThat(item.recipientId()).isEqualTo(hidden.authorId());
        assertThat(item.id()).isEqualTo(InboxItem.idFor("event-4"));
        assertThat(item.type()).isEqualTo(InboxItemType.POST_HIDDEN);
        assertThat(item.title()).isEqualTo("Your post in " + FORUM + " is hidden while a moderator reviews it");
        assertThat(item.body()).isEqualTo("Members reported your post in " + FORUM + ", so it is hidden from other readers until a"
                + " moderator reviews it. You still see it; if the moderator finds it within the rules, everyone sees it again.");
        assertThat(item.link()).isEqualTo("/forums/" + hidden.forumId() + "/threads/" + hidden.threadId());
        assertThat(item.createdAt()).isEqualTo(hidden.hiddenAt());
        assertThat(item.mentions()).isEmpty();
    }

    @Test
    void aPostHiddenByAModeratorGivesTheirReasonWithoutNamingThem() {
        PostHidden f = fixture(PostHidden.class);
        PostHidden hidden = new PostHidden(f.forumId(), f.forumName(), f.threadId(), f.postId(), f.authorId(), false,
                "Links to a paid \"guaranteed match\" service", f.hiddenAt());

        InboxItem item = render("e", hidden, admins()).getFirst();

        assertThat(item.title()).isEqualTo("A moderator hid your post in " + FORUM);
        assertThat(item.body()).isEqualTo("A moderator hid your post in " + FORUM + " from other readers. You still see it, with a"
                + " notice. The reason given: \u201CLinks to a paid \"guaranteed match\" service\u201D.");
    }

    @Test
    void aMuteTellsTheMemberTheReasonAndWhenItEnds() {
        MemberMuted muted = fixture(MemberMuted.class);

        InboxItem item = render("event-5", muted, admins()).getFirst();

        assertThat(item.recipientId()).isEqualTo(muted.accountId());
        assertThat(item.id()).isEqualTo(InboxItem.idFor("event-5"));
        assertThat(item.type()).isEqualTo(InboxItemType.MUTED);
        assertThat(item.title()).isEqualTo("You are muted in " + FORUM);
        assertThat(item.body()).isEqualTo("A moderator muted you in " + FORUM + " until Saturday 28 March 2026, 08:00 UTC. You can"
                + " still read it, but not post, reply or edit there until then. The reason given: \u201CSelling a guaranteed match\u201D.");
        assertThat(item.link()).isEqualTo("/forums/" + muted.forumId());
        assertThat(item.createdAt()).isEqualTo(muted.mutedAt());
    }

    @Test
    void aBanWithoutAnEndSaysItLastsUntilAModeratorLiftsIt() {
        MemberBanned banned = fixture(MemberBanned.class);
        assertThat(banned.until()).isNull();

        InboxItem item = render("e", banned, admins()).getFirst();

        assertThat(item.recipientId()).isEqualTo(banned.accountId());
        assertThat(item.type()).isEqualTo(InboxItemType.BANNED);
        assertThat(item.title()).isEqualTo("You are banned from " + FORUM);
        assertThat(item.body()).isEqualTo("A moderator banned you from " + FORUM + " until a moderator lifts it. You are no longer a"
                + " member and cannot rejoin or post there until then; you can still read it. The reason given: \u201CRepeated"
                + " harassment after a mute\u201D.");
        assertThat(item.link()).isEqualTo("/forums/" + banned.forumId());
    }

    @Test
    void aBanWithAnEndSaysWhen() {
        MemberBanned f = fixture(MemberBanned.class);
        MemberBanned banned = new MemberBanned(f.forumId(), f.forumName(), f.accountId(), f.reason(),
                Instant.parse("2026-12-31T00:00:00Z"), f.bannedAt());

        assertThat(render("e", banned, admins()).getFirst().body()).contains("until Thursday 31 December 2026, 00:00 UTC.");
    }

    @Test
    void aSuspensionIsFromEveryForumAndLiftedByAnAdmin() {
        MemberSuspended suspended = fixture(MemberSuspended.class);
        MemberSuspended openEnded = new MemberSuspended(suspended.accountId(), suspended.reason(), null, suspended.suspendedAt());

        InboxItem item = render("e", suspended, admins()).getFirst();

        assertThat(item.recipientId()).isEqualTo(suspended.accountId());
        assertThat(item.type()).isEqualTo(InboxItemType.SUSPENDED);
        assertThat(item.title()).isEqualTo("You are suspended from the forums");
        assertThat(item.body()).isEqualTo("An admin suspended you from all forums until Tuesday 21 April 2026, 08:00 UTC. You can"
                + " still read them, but not join or post in any forum until then. The reason given: \u201CSpam in every forum\u201D.");
        assertThat(item.link()).isEqualTo("/forums");
        assertThat(render("e", openEnded, admins()).getFirst().body()).contains("until an admin lifts it.");
    }

    @Test
    void aReasonIsQuotedOnOneLineAndCutWhenTooLongAndLeftOutWhenBlank() {
        MemberMuted f = fixture(MemberMuted.class);

        String flattened = render("e", muted(f, "Spam\r\n\tagain\u202E"), admins()).getFirst().body();
        String cut = render("e", muted(f, "x".repeat(ModerationOutcomes.MAX_REASON + 50)), admins()).getFirst().body();
        String blank = render("e", muted(f, " \n"), admins()).getFirst().body();

        assertThat(flattened).endsWith("The reason given: \u201CSpam again\u201D.");
        assertThat(cut).endsWith("\u201C" + "x".repeat(ModerationOutcomes.MAX_REASON - 1) + "\u2026\u201D.");
        assertThat(blank).endsWith("until then.").doesNotContain("reason");
    }

    @Property
    void anyReasonAtAllRendersOnOneLine(@ForAll @StringLength(max = 700) String reason) {
        InboxItem item = render("e", muted(fixture(MemberMuted.class), reason), admins()).getFirst();

        assertThat(item.body()).doesNotContainPattern("[\\p{Cc}\\u2028\\u2029\\u202E]").startsWith("A moderator muted you in " + FORUM);
    }

    @Test
    void anOutcomeThatNamesNobodyMakesNoItem() {
        PostHidden f = fixture(PostHidden.class);

        assertThat(render("e", new PostHidden(f.forumId(), f.forumName(), f.threadId(), f.postId(), null, true, f.reason(), f.hiddenAt()),
                admins())).isEmpty();
        assertThat(render("e", new MemberSuspended(" ", "r", null, Instant.EPOCH), admins())).isEmpty();
    }

    // --- what is not told yet ---

    @Test
    void aJoinARecommendationMadeTellsTheMenteeAndOneOfTheirOwnTellsNobody() {
        MemberJoined joined = fixture(MemberJoined.class);
        assertThat(joined.via()).isEqualTo(JoinedVia.RECOMMENDATION);

        InboxItem item = render("event-9", joined, admins()).getFirst();
        List<InboxItem> own = render("e", new MemberJoined(joined.forumId(), joined.forumName(), joined.accountId(), JoinedVia.SELF,
                joined.joinedAt()), admins());

        assertThat(item.recipientId()).isEqualTo(joined.accountId());
        assertThat(item.type()).isEqualTo(InboxItemType.FORUM_JOINED);
        assertThat(item.title()).isEqualTo("You joined Internal Medicine reapplicants");
        assertThat(item.body()).startsWith("As you asked, we joined you to Internal Medicine reapplicants");
        assertThat(item.link()).isEqualTo("/forums/" + joined.forumId());
        assertThat(item.createdAt()).isEqualTo(joined.joinedAt());
        assertThat(item.id()).isEqualTo(render("event-9", joined, admins()).getFirst().id()).isNotEqualTo(
                render("event-10", joined, admins()).getFirst().id());
        assertThat(own).isEmpty();
    }

    @Test
    void leavingLockingAndArchivingTellNobodyYet() {
        KnownStaff staff = admins("admin-1");

        assertThat(render("e", fixture(MemberLeft.class), staff)).isEmpty();
        assertThat(render("e", fixture(ForumLocked.class), staff)).isEmpty();
        assertThat(render("e", fixture(ForumArchived.class), staff)).isEmpty();
        assertThat(staff.adminsAsked).isZero();
    }

    @Test
    void everyKindOfForumActivityRendersFromItsFixture() {
        List<Class<?>> kinds = EventTypes.all().values().stream().filter(ForumActivity.class::isAssignableFrom).toList();
        assertThat(kinds).hasSize(ForumActivity.class.getPermittedSubclasses().length);

        for (Class<?> kind : kinds) {
            ForumActivity event = (ForumActivity) fixture(kind);
            assertThat(render("e", event, admins("admin-1"))).as(kind.getSimpleName())
                    .allSatisfy(item -> assertThat(item.recipientId()).isNotBlank());
        }
    }

    private static MemberMuted muted(MemberMuted f, String reason) {
        return new MemberMuted(f.forumId(), f.forumName(), f.accountId(), reason, f.until(), f.mutedAt());
    }

    private static String visibleText(InboxItem item) {
        return String.join("\n", item.title(), item.body(), item.link());
    }
}
