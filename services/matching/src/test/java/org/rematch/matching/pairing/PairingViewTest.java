package org.rematch.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rematch.contracts.mentees.ForumJoining;
import org.rematch.contracts.mentees.SensitiveField;
import org.rematch.contracts.path.ExamHistory;
import org.rematch.matching.readmodel.MenteeView;
import org.rematch.matching.scoring.MatchReason;
import org.rematch.matching.scoring.PathField;
import org.rematch.matching.scoring.ScoreComponent;

class PairingViewTest {

    private static final List<MatchReason> REASONS = List.of(
            new MatchReason(ScoreComponent.SPECIALTY, "Matched Internal Medicine, your first choice", PathField.TARGET_SPECIALTY, 0.5),
            new MatchReason(ScoreComponent.CYCLES, "Matched Internal Medicine after 2 unmatched cycles, like your 2 attempts", PathField.MATCH_ATTEMPTS, 0.25));

    @Test
    void theMenteeSeesTheirWholePathEveryReasonAndTheScore() {
        PairingView view = PairingView.seenBy(pairing(PairingState.PROPOSED), "amina", Optional.of(mentee(Set.of())));

        assertThat(view.menteePath()).isEqualTo(new MenteePathView(List.of("IM", "FM"), "PK", 2021, 2, "J1", new ExamHistory(238, 3)));
        assertThat(view.reasons()).hasSize(2);
        assertThat(view.score()).isEqualTo(0.75);
        assertThat(view.mentorId()).isEqualTo("bilal");
    }

    @Test
    void theMentorSeesOnlyWhatTheMenteeShares() {
        PairingView nothingShared = PairingView.seenBy(pairing(PairingState.PROPOSED), "bilal", Optional.of(mentee(Set.of())));
        PairingView visaShared = PairingView.seenBy(pairing(PairingState.PROPOSED), "bilal",
                Optional.of(mentee(Set.of(SensitiveField.VISA_NEED))));
        PairingView menteeGone = PairingView.seenBy(pairing(PairingState.PROPOSED), "bilal", Optional.empty());

        assertThat(nothingShared.menteePath()).isEqualTo(new MenteePathView(List.of("IM", "FM"), "PK", 2021, null, null, null));
        assertThat(nothingShared.reasons()).containsExactly("Matched Internal Medicine, your first choice");
        assertThat(nothingShared.score()).isEqualTo(0.5);
        assertThat(visaShared.menteePath()).isEqualTo(new MenteePathView(List.of("IM", "FM"), "PK", 2021, null, "J1", null));
        assertThat(menteeGone.menteePath()).isNull();
        assertThat(menteeGone.reasons()).containsExactly("Matched Internal Medicine, your first choice");
    }

    @ParameterizedTest
    @EnumSource(value = PairingState.class, names = {"DECLINED", "EXPIRED"})
    void aDeclinedOrExpiredPairingShowsTheMenteeNoMentorButTheMentorStillSeesIt(PairingState refused) {
        PairingView mentee = PairingView.seenBy(pairing(refused), "amina", Optional.of(mentee(Set.of())));
        PairingView mentor = PairingView.seenBy(pairing(refused), "bilal", Optional.of(mentee(Set.of())));

        assertThat(mentee.mentorId()).isNull();
        assertThat(mentee.mentorDisplayName()).isNull();
        assertThat(mentee.respondBy()).isEqualTo(RESPOND_BY);
        assertThat(mentor.mentorId()).isEqualTo("bilal");
        assertThat(mentor.expiredAt()).isEqualTo(refused == PairingState.EXPIRED ? RESPOND_BY : null);
    }

    @Test
    void anAcceptedPairingShowsTheMenteeTheirMentor() {
        PairingView mentee = PairingView.seenBy(pairing(PairingState.ACCEPTED), "amina", Optional.of(mentee(Set.of())));

        assertThat(mentee.mentorId()).isEqualTo("bilal");
        assertThat(mentee.mentorDisplayName()).isEqualTo("Dr. Bilal");
    }

    @Test
    void theMenteeSeesWhereTheirSearchStands() {
        assertThat(PairingView.seenBy(pairing(PairingState.PROPOSED), "amina", Optional.empty()).progress())
                .isEqualTo("We are asking the mentor whose path fits yours best");
        assertThat(PairingView.seenBy(pairing(PairingState.PROPOSED), "bilal", Optional.empty()).progress()).as("the mentor").isNull();
        assertThat(PairingView.seenBy(pairing(PairingState.EXPIRED), "amina", Optional.empty()).progress())
                .isEqualTo("This mentor could not take you on, so we moved on to the next");
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 103, 111).stream().map(Progress::ordinal))
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "103rd", "111th");
    }

    @Test
    void onlyTheTwoPartiesAreParties() {
        assertThat(PairingView.isParty(pairing(PairingState.PROPOSED), "amina")).isTrue();
        assertThat(PairingView.isParty(pairing(PairingState.PROPOSED), "bilal")).isTrue();
        assertThat(PairingView.isParty(pairing(PairingState.PROPOSED), "chidi")).isFalse();
        assertThat(PairingView.isParty(pairing(PairingState.PROPOSED), null)).isFalse();
        assertThatThrownBy(() -> PairingView.seenBy(pairing(PairingState.PROPOSED), "chidi", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final Instant RESPOND_BY = Instant.EPOCH.plusSeconds(72 * 3600);

    private static Pairing pairing(PairingState state) {
        return new Pairing("p1", "amina", "bilal", "Amina", "Dr. Bilal", state, 0.75, REASONS, 1, List.of(), Instant.EPOCH,
                null, state == PairingState.DECLINED ? Instant.EPOCH : null, state == PairingState.DECLINED ? "Full" : null, RESPOND_BY,
                state == PairingState.EXPIRED ? RESPOND_BY : null, null, null, null, null, null, null, null, null, null, null, List.of());
    }

    private static MenteeView mentee(Set<SensitiveField> shared) {
        return new MenteeView("amina", 1, "Amina", List.of("IM", "FM"), "PK", false, 2021, 2, true,
                new ExamHistory(238, 3), "J1", "REAPPLY_SAME_SPECIALTY", List.of("en", "ur"), "Asia/Karachi", Set.of("INTERVIEWS"), "SEEKING",
                shared, ForumJoining.INVITE, null, null, null, 0, List.of());
    }
}
