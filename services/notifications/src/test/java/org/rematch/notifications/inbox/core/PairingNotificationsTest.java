package org.rematch.notifications.inbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.Fixtures;
import org.rematch.contracts.mentees.ForumJoining;
import org.rematch.contracts.pairings.ForumsRecommended;
import org.rematch.contracts.pairings.ForumsRecommended.RecommendedForum;
import org.rematch.contracts.pairings.PairingAccepted;
import org.rematch.contracts.pairings.PairingDeclined;
import org.rematch.contracts.pairings.PairingEnded;
import org.rematch.contracts.pairings.PairingExpired;
import org.rematch.contracts.pairings.PairingReminderDue;
import org.rematch.contracts.pairings.PairingWithdrawn;
import org.rematch.contracts.pairings.PairingOrigin;
import org.rematch.contracts.pairings.PairingProposed;
import tools.jackson.databind.json.JsonMapper;

class PairingNotificationsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static <T> T fixture(Class<T> type) {
        return JSON.readValue(Fixtures.json(type), type);
    }

    /** The fixture (a mentee's request) as matching's own proposal: origin MATCHING, no message. */
    static PairingProposed matchingProposal() {
        return withMessage(fixture(PairingProposed.class), PairingOrigin.MATCHING, null);
    }

    static PairingProposed withMessage(PairingProposed p, PairingOrigin origin, String message) {
        return new PairingProposed(p.pairingId(), p.menteeId(), p.mentorId(), p.menteeDisplayName(), p.score(), p.reasons(),
                p.components(), p.round(), p.proposedAt(), origin, message, p.respondBy());
    }

    /** How the fixture's respond-by time ends a proposal's body. */
    static final String BY_THE_FIXTURES_DEADLINE = " by Thursday 19 March 2026, 14:05 UTC, or it goes to another mentor.";

    static PairingProposed request(String message) {
        return withMessage(fixture(PairingProposed.class), PairingOrigin.MENTEE_REQUEST, message);
    }

    @Test
    void aProposalGoesToTheMentorWithTheScoreAsAPercentageAndTheReasons() {
        PairingProposed proposed = matchingProposal();

        InboxItem item = PairingNotifications.render("event-1", proposed).orElseThrow();

        assertThat(item.recipientId()).isEqualTo(proposed.mentorId());
        assertThat(item.type()).isEqualTo(InboxItemType.PAIRING_PROPOSED);
        assertThat(item.title()).isEqualTo("New mentee proposal: Amina Khan");
        assertThat(item.body()).isEqualTo("Amina Khan matches your journey with a score of 46%."
                + " Why: Matched Internal Medicine, your target specialty; Both trained in Pakistan. Accept or decline the proposal" + BY_THE_FIXTURES_DEADLINE);
        assertThat(item.link()).isEqualTo("/pairings/" + proposed.pairingId());
        assertThat(item.createdAt()).isEqualTo(proposed.proposedAt());
        assertThat(item.read()).isFalse();
    }

    @Test
    void aMenteesRequestSaysTheyAskedAndQuotesTheirMessageBeforeTheReasons() {
        PairingProposed requested = fixture(PairingProposed.class);
        assertThat(requested.origin()).isEqualTo(PairingOrigin.MENTEE_REQUEST);

        InboxItem item = PairingNotifications.render("event-1", requested).orElseThrow();

        assertThat(item.recipientId()).isEqualTo(requested.mentorId());
        assertThat(item.type()).isEqualTo(InboxItemType.PAIRING_PROPOSED);
        assertThat(item.title()).isEqualTo("Amina Khan asked you to be their mentor");
        assertThat(item.body()).isEqualTo("Amina Khan wrote: \u201CI read your journey: two cycles, then IM through SOAP."
                + " Could you look at my personal statement?\u201D Amina Khan matches your journey with a score of 46%."
                + " Why: Matched Internal Medicine, your target specialty; Both trained in Pakistan. Accept or decline the request" + BY_THE_FIXTURES_DEADLINE);
        assertThat(item.link()).isEqualTo("/pairings/" + requested.pairingId());
        assertThat(item.mentions()).containsExactly(requested.menteeId());
    }

    @Test
    void aRequestWithoutAMessageOrWithABlankOneQuotesNothing() {
        for (String none : new String[] {null, "", "   ", "\n\t\r\n", "\u2028\u00A0"}) {
            InboxItem item = PairingNotifications.render("e", request(none)).orElseThrow();

            assertThat(item.title()).isEqualTo("Amina Khan asked you to be their mentor");
            assertThat(item.body()).startsWith("Amina Khan matches your journey").doesNotContain("wrote", "\u201C", "null")
                    .endsWith("Accept or decline the request" + BY_THE_FIXTURES_DEADLINE);
        }
    }

    @Test
    void aMessageOnMatchingsOwnProposalIsNotQuoted() {
        InboxItem item = PairingNotifications.render("e", withMessage(fixture(PairingProposed.class), PairingOrigin.MATCHING,
                "stray words")).orElseThrow();

        assertThat(item.title()).isEqualTo("New mentee proposal: Amina Khan");
        assertThat(item.body()).doesNotContain("stray words", "wrote");
    }

    @Test
    void anEventWithoutAnOriginIsMatchingsOwnProposal() {
        InboxItem item = PairingNotifications.render("e", withMessage(fixture(PairingProposed.class), null, "hi")).orElseThrow();

        assertThat(item.title()).isEqualTo("New mentee proposal: Amina Khan");
    }

    @Test
    void aMessageIsQuotedOnOneLineWithItsOwnQuotesKept() {
        String message = "  Hello \"Dr.\" Ahmed,\r\n\r\nI\u2019m 'stuck'\ton\u2028my \u201Cpersonal statement\u201D.\n\u0000\u0007Thanks!  ";

        InboxItem item = PairingNotifications.render("e", request(message)).orElseThrow();

        assertThat(item.body()).startsWith("Amina Khan wrote: \u201CHello \"Dr.\" Ahmed, I\u2019m 'stuck' on my"
                + " \u201Cpersonal statement\u201D. Thanks!\u201D Amina Khan matches your journey");
        assertThat(item.body()).doesNotContain("\n", "\r", "\t", "\u0000", "\u2028");
    }

    @Test
    void directionOverridesInAMessageCannotGarbleTheRestOfTheBody() {
        InboxItem item = PairingNotifications.render("e", request("please\u202E help\u2066 me\u200F")).orElseThrow();

        assertThat(item.body()).startsWith("Amina Khan wrote: \u201Cplease help me\u201D ");
    }

    @Test
    void aMessageOfTheFullAllowedLengthIsQuotedWholeAndALongerOneIsCut() {
        String full = "a".repeat(PairingNotifications.MAX_MESSAGE);
        assertThat(PairingNotifications.render("e", request(full)).orElseThrow().body()).contains("\u201C" + full + "\u201D");

        String tooLong = "b".repeat(PairingNotifications.MAX_MESSAGE + 200);
        assertThat(PairingNotifications.render("e", request(tooLong)).orElseThrow().body())
                .contains("\u201C" + "b".repeat(PairingNotifications.MAX_MESSAGE - 1) + "\u2026\u201D")
                .doesNotContain("b".repeat(PairingNotifications.MAX_MESSAGE));
    }

    @Test
    void cuttingALongMessageNeverSplitsACharacter() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        String message = emoji.repeat(PairingNotifications.MAX_MESSAGE + 1);

        String quoted = PairingNotifications.menteeMessage(message).orElseThrow();

        assertThat(quoted).isEqualTo(emoji.repeat(PairingNotifications.MAX_MESSAGE - 1) + "\u2026");
        assertThat(quoted.codePointCount(0, quoted.length())).isEqualTo(PairingNotifications.MAX_MESSAGE);
    }

    @Property
    void anyMessageRendersAsOneBoundedQuoteAndTheRestOfTheBodyIntact(
            @ForAll @StringLength(max = 700) @AlphaChars @Chars({' ', '\n', '\r', '\t', '"', '\'', '\u201C', '\u201D', '\u2026',
                    '\u2028', '\u202E', '\u0000', '\uD83D', '\uDE00'}) String message) {
        InboxItem item = PairingNotifications.render("e", request(message)).orElseThrow();

        assertThat(item.title()).isEqualTo("Amina Khan asked you to be their mentor");
        assertThat(item.body()).doesNotContainPattern("[\\p{Cc}\\u2028\\u2029\\u202E]")
                .contains("Amina Khan matches your journey with a score of 46%.", "Both trained in Pakistan")
                .endsWith("Accept or decline the request" + BY_THE_FIXTURES_DEADLINE);
        PairingNotifications.menteeMessage(message).ifPresentOrElse(quoted -> {
            assertThat(quoted.codePointCount(0, quoted.length())).isLessThanOrEqualTo(PairingNotifications.MAX_MESSAGE);
            assertThat(quoted).isNotBlank().isEqualTo(quoted.strip());
            assertThat(item.body()).startsWith("Amina Khan wrote: \u201C" + quoted + "\u201D Amina Khan matches");
        }, () -> assertThat(item.body()).startsWith("Amina Khan matches"));
    }

    @Property
    void anyMessageAtAllRendersWithoutFailing(@ForAll @StringLength(max = 700) String message) {
        assertThat(PairingNotifications.render("e", request(message))).isPresent();
    }

    @Test
    void aNameWithLineBreaksStaysOnOneLine() {
        PairingProposed p = fixture(PairingProposed.class);
        PairingProposed named = new PairingProposed(p.pairingId(), p.menteeId(), p.mentorId(), " Amina\n\nKhan\r\n", p.score(),
                p.reasons(), p.components(), p.round(), p.proposedAt(), PairingOrigin.MENTEE_REQUEST, null, p.respondBy());

        assertThat(PairingNotifications.render("e", named).orElseThrow().title()).isEqualTo("Amina Khan asked you to be their mentor");
    }

    @Test
    void anAcceptanceGoesToTheMenteeNamingTheMentor() {
        PairingAccepted accepted = fixture(PairingAccepted.class);

        InboxItem item = PairingNotifications.render("event-2", accepted).orElseThrow();

        assertThat(item.recipientId()).isEqualTo(accepted.menteeId());
        assertThat(item.type()).isEqualTo(InboxItemType.PAIRING_ACCEPTED);
        assertThat(item.title()).isEqualTo("Dr. Bilal Ahmed accepted you as a mentee");
        assertThat(item.link()).isEqualTo("/pairings/" + accepted.pairingId());
    }

    @Test
    void aDeclineTellsTheMenteeWeAreRematchingWithoutNamingTheMentorOrTheReason() {
        PairingDeclined declined = fixture(PairingDeclined.class);
        String mentorName = fixture(PairingAccepted.class).mentorDisplayName();

        InboxItem item = PairingNotifications.render("event-3", declined).orElseThrow();

        assertThat(item.recipientId()).isEqualTo(declined.menteeId());
        assertThat(item.type()).isEqualTo(InboxItemType.PAIRING_REMATCHING);
        assertThat(item.title()).isEqualTo("We are finding you another mentor");
        assertThat(visibleText(item)).doesNotContain(declined.mentorId(), mentorName, declined.reason(), declined.pairingId());
    }

    @Test
    void anExpiredProposalTellsTheMenteeWeAreRematchingJustAsADeclineDoes() {
        PairingExpired expired = fixture(PairingExpired.class);
        String mentorName = fixture(PairingAccepted.class).mentorDisplayName();

        InboxItem item = PairingNotifications.render("event-8", expired).orElseThrow();
        InboxItem afterDecline = PairingNotifications.render("event-8", fixture(PairingDeclined.class)).orElseThrow();

        assertThat(item.recipientId()).isEqualTo(expired.menteeId());
        assertThat(item.type()).isEqualTo(InboxItemType.PAIRING_REMATCHING);
        assertThat(item.createdAt()).isEqualTo(expired.expiredAt());
        assertThat(List.of(item.title(), item.body())).isEqualTo(List.of(afterDecline.title(), afterDecline.body()));
        assertThat(visibleText(item)).doesNotContain(expired.mentorId(), mentorName, expired.pairingId());
        assertThat(item.mentions()).isEmpty();
    }

    @Test
    void aWithdrawnProposalAlsoTellsTheMenteeWeAreRematching() {
        PairingWithdrawn withdrawn = fixture(PairingWithdrawn.class);

        InboxItem item = PairingNotifications.render("event-9", withdrawn).orElseThrow();

        assertThat(item.recipientId()).isEqualTo(withdrawn.menteeId());
        assertThat(item.type()).isEqualTo(InboxItemType.PAIRING_REMATCHING);
        assertThat(visibleText(item)).doesNotContain(withdrawn.mentorId(), withdrawn.pairingId());
    }

    @Test
    void anEndedMentorshipTellsTheOtherSideAndAMenteeLeftByTheirMentorHearsWeLookForTheNext() {
        PairingEnded byMentee = fixture(PairingEnded.class);
        PairingEnded byMentor = new PairingEnded(byMentee.pairingId(), byMentee.menteeId(), byMentee.mentorId(),
                byMentee.menteeDisplayName(), byMentee.mentorDisplayName(), "MENTOR", byMentee.endedAt());

        InboxItem toMentor = PairingNotifications.render("e11", byMentee).orElseThrow();
        InboxItem toMentee = PairingNotifications.render("e12", byMentor).orElseThrow();

        assertThat(toMentor.recipientId()).isEqualTo(byMentee.mentorId());
        assertThat(toMentor.type()).isEqualTo(InboxItemType.PAIRING_ENDED);
        assertThat(toMentor.title()).isEqualTo("Amina Khan ended the mentorship");
        assertThat(toMentor.mentions()).containsExactly(byMentee.menteeId());
        assertThat(toMentee.recipientId()).isEqualTo(byMentee.menteeId());
        assertThat(toMentee.title()).isEqualTo("Dr. Bilal Ahmed ended your mentorship");
        assertThat(toMentee.body()).contains("looking for your next mentor");
        assertThat(toMentee.mentions()).containsExactly(byMentee.mentorId());
        assertThat(toMentee.createdAt()).isEqualTo(byMentee.endedAt());
    }

    @Test
    void halfWayTheMentorIsRemindedWhoIsWaitingAndBy() {
        PairingReminderDue due = fixture(PairingReminderDue.class);

        InboxItem item = PairingNotifications.render("event-10", due).orElseThrow();

        assertThat(item.recipientId()).isEqualTo(due.mentorId());
        assertThat(item.type()).isEqualTo(InboxItemType.PAIRING_REMINDER);
        assertThat(item.title()).isEqualTo("Reminder: Amina Khan is waiting for your answer");
        assertThat(item.body()).startsWith("Please accept or decline the proposal by Thursday 19 March 2026, 14:05 UTC, or it goes to"
                + " another mentor.");
        assertThat(item.link()).isEqualTo("/pairings/" + due.pairingId());
        assertThat(item.mentions()).containsExactly(due.menteeId());
        assertThat(PairingNotifications.forget(item, due.menteeId()).body()).doesNotContain("Amina");
    }

    @Test
    void forumRecommendationsGoToTheMenteeListingForumsAndSharedTags() {
        ForumsRecommended recommended = new ForumsRecommended("mentee-1", "Amina", List.of(
                new RecommendedForum("f1", "Internal Medicine reapplicants", Set.of("specialty:IM")),
                new RecommendedForum("f2", "J-1 visa questions", Set.of("visa:J1", "country:PK"))), null, Instant.parse("2026-03-16T14:05:00Z"));

        InboxItem item = PairingNotifications.render("event-4", recommended).orElseThrow();

        assertThat(item.recipientId()).isEqualTo("mentee-1");
        assertThat(item.type()).isEqualTo(InboxItemType.FORUMS_RECOMMENDED);
        assertThat(item.title()).isEqualTo("2 forums for people on your path");
        assertThat(item.body()).isEqualTo("Join peers who share your path: Internal Medicine reapplicants (shares specialty:IM);"
                + " J-1 visa questions (shares country:PK, visa:J1). The forums invite you: accept from the forums page.");
        assertThat(item.link()).isEqualTo("/forums");
    }

    @Test
    void anInvitationToOneForumSaysTheForumInvitesThem() {
        ForumsRecommended recommended = new ForumsRecommended("mentee-1", "Amina", List.of(
                new RecommendedForum("f1", "J-1 visa questions", Set.of())), ForumJoining.INVITE, Instant.EPOCH);

        InboxItem item = PairingNotifications.render("e", recommended).orElseThrow();

        assertThat(item.title()).isEqualTo("A forum for people on your path");
        assertThat(item.body()).isEqualTo("Join peers who share your path: J-1 visa questions. The forum invites you: accept from"
                + " the forums page.");
    }

    @Test
    void aMenteeWhoAskedToBeJoinedHearsOfEachJoinFromTheForumsNotOfTheRecommendation() {
        ForumsRecommended fixture = fixture(ForumsRecommended.class);
        assertThat(fixture.joining()).isEqualTo(ForumJoining.JOIN_AUTOMATICALLY);

        assertThat(PairingNotifications.render("event-5", fixture)).isEmpty();
        assertThat(PairingNotifications.render("event-5", new ForumsRecommended(fixture.menteeId(), fixture.menteeDisplayName(),
                fixture.forums(), ForumJoining.INVITE, fixture.recommendedAt()))).isPresent();
    }

    @Test
    void noForumsMeansNoItem() {
        assertThat(PairingNotifications.render("event-6", new ForumsRecommended("m", "M", List.of(), null, Instant.EPOCH))).isEmpty();
        assertThat(PairingNotifications.render("event-7", new ForumsRecommended("m", "M", null, null, Instant.EPOCH))).isEmpty();
    }

    @Test
    void theSameEventAlwaysRendersTheSameItemAndAnotherEventAnotherId() {
        PairingProposed proposed = fixture(PairingProposed.class);

        assertThat(PairingNotifications.render("event-1", proposed)).isEqualTo(PairingNotifications.render("event-1", proposed));
        assertThat(PairingNotifications.render("event-1", proposed).orElseThrow().id())
                .isNotEqualTo(PairingNotifications.render("event-2", proposed).orElseThrow().id());
    }

    @Test
    void missingNamesAndReasonsStillRenderSensibly() {
        PairingProposed bare = new PairingProposed("p", "mentee", "mentor", " ", 0.5, null, null, 1, Instant.EPOCH,
                PairingOrigin.MATCHING, null, null);

        InboxItem item = PairingNotifications.render("e", bare).orElseThrow();

        assertThat(item.title()).isEqualTo("New mentee proposal: A mentee");
        assertThat(item.body()).contains("50%").doesNotContain("Why:", "null").endsWith("Accept or decline the proposal.");
    }

    @Property
    void aDeclinedItemNeverContainsTheMentorIdOrTheReason(@ForAll @AlphaChars @NotBlank String mentorId,
            @ForAll @AlphaChars @NotBlank String reason) {
        net.jqwik.api.Assume.that(mentorId.length() >= 4 && reason.length() >= 4);
        PairingDeclined declined = new PairingDeclined("pairing", "mentee", "Dr" + mentorId, "Because" + reason, Instant.EPOCH);

        InboxItem item = PairingNotifications.render("e", declined).orElseThrow();

        assertThat(visibleText(item)).doesNotContain("Dr" + mentorId, "Because" + reason);
    }

    @Test
    void itemsRememberWhomTheyNameBesideTheirRecipient() {
        PairingProposed proposed = fixture(PairingProposed.class);
        PairingAccepted accepted = fixture(PairingAccepted.class);

        assertThat(PairingNotifications.render("e1", proposed).orElseThrow().mentions()).containsExactly(proposed.menteeId());
        assertThat(PairingNotifications.render("e2", accepted).orElseThrow().mentions()).containsExactly(accepted.mentorId());
        assertThat(PairingNotifications.render("e3", fixture(PairingDeclined.class)).orElseThrow().mentions()).isEmpty();
        ForumsRecommended invited = fixture(ForumsRecommended.class);
        assertThat(PairingNotifications.render("e4", new ForumsRecommended(invited.menteeId(), invited.menteeDisplayName(),
                invited.forums(), ForumJoining.INVITE, invited.recommendedAt())).orElseThrow().mentions()).isEmpty();
    }

    @Test
    void aProposalWhoseMenteeIsErasedKeepsNothingOfThemButTellsTheMentorWhatHappened() {
        PairingProposed proposed = fixture(PairingProposed.class);
        InboxItem item = PairingNotifications.render("e1", proposed).orElseThrow();

        InboxItem forgotten = PairingNotifications.forget(item, proposed.menteeId());

        assertThat(forgotten.title()).isEqualTo(PairingNotifications.WITHDRAWN_PROPOSAL);
        assertThat(forgotten.body()).contains("left Rematch");
        assertThat(forgotten.toString()).doesNotContain(proposed.menteeId(), proposed.menteeDisplayName(), proposed.pairingId(),
                "Internal Medicine", "Pakistan", "46%", "personal statement", "asked you", "wrote");
        assertThat(forgotten.mentions()).isEmpty();
        assertThat(forgotten).extracting(InboxItem::id, InboxItem::recipientId, InboxItem::type, InboxItem::createdAt, InboxItem::read)
                .containsExactly(item.id(), item.recipientId(), item.type(), item.createdAt(), item.read());
    }

    @Test
    void anAcceptanceWhoseMentorIsErasedNoLongerNamesThem() {
        PairingAccepted accepted = fixture(PairingAccepted.class);
        InboxItem item = PairingNotifications.render("e2", accepted).orElseThrow();

        InboxItem forgotten = PairingNotifications.forget(item, accepted.mentorId());

        assertThat(forgotten.title()).isEqualTo("A mentor accepted you as a mentee");
        assertThat(forgotten.toString()).doesNotContain(accepted.mentorId(), accepted.mentorDisplayName(), accepted.pairingId());
        assertThat(forgotten.recipientId()).isEqualTo(accepted.menteeId());
    }

    @Test
    void forgettingSomeoneAnItemDoesNotNameChangesNothing() {
        InboxItem item = PairingNotifications.render("e1", fixture(PairingProposed.class)).orElseThrow();

        assertThat(PairingNotifications.forget(item, "someone-else")).isEqualTo(item);
        InboxItem once = PairingNotifications.forget(item, item.mentions().getFirst());
        assertThat(PairingNotifications.forget(once, item.mentions().getFirst())).isEqualTo(once);
    }

    @Property
    void aForgottenProposalNeverContainsTheMenteesIdNameOrReasons(@ForAll @AlphaChars @NotBlank String menteeId,
            @ForAll @AlphaChars @NotBlank String name, @ForAll @AlphaChars @NotBlank String reason) {
        net.jqwik.api.Assume.that(menteeId.length() >= 4 && name.length() >= 4 && reason.length() >= 4);
        aForgottenProposalNeverContains(menteeId, name, reason, PairingOrigin.MATCHING, null);
    }

    @Property
    void aForgottenRequestNeverContainsTheMenteesIdNameReasonsOrMessage(@ForAll @AlphaChars @NotBlank String menteeId,
            @ForAll @AlphaChars @NotBlank String name, @ForAll @AlphaChars @NotBlank String reason,
            @ForAll @AlphaChars @NotBlank String message) {
        net.jqwik.api.Assume.that(menteeId.length() >= 4 && name.length() >= 4 && reason.length() >= 4 && message.length() >= 4);
        aForgottenProposalNeverContains(menteeId, name, reason, PairingOrigin.MENTEE_REQUEST, message);
    }

    private static void aForgottenProposalNeverContains(String menteeId, String name, String reason, PairingOrigin origin,
            String message) {
        PairingProposed proposed = new PairingProposed("pairing", "Id" + menteeId, "mentor", "Nm" + name, 0.7,
                List.of("Rs" + reason), List.of(), 1, Instant.EPOCH, origin, message == null ? null : "Ms" + message, null);
        InboxItem item = PairingNotifications.render("e", proposed).orElseThrow();
        if (message != null) {
            assertThat(item.body()).as("the message was there before").contains("Ms" + message);
        }

        InboxItem forgotten = PairingNotifications.forget(item, "Id" + menteeId);

        assertThat(forgotten.toString()).doesNotContain("Id" + menteeId, "Nm" + name, "Rs" + reason);
        if (message != null) {
            assertThat(forgotten.toString()).doesNotContain("Ms" + message);
        }
    }

    @Property
    void aScoreIsAlwaysAWholePercentageBetween0And100(@ForAll double score) {
        assertThat(PairingNotifications.percent(score)).isBetween(0, 100);
    }

    @Test
    void percentagesRound() {
        assertThat(Stream.of(0.0, 0.854, 0.856, 1.0, 1.7, -0.2).map(PairingNotifications::percent))
                .containsExactly(0, 85, 86, 100, 100, 0);
    }

    private static String visibleText(InboxItem item) {
        return String.join("\n", item.recipientId(), item.title(), item.body(), item.link());
    }
}
