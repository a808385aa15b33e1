package org.rematch.matching.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.pairings.WithdrawalReason;
import org.rematch.matching.policy.Withdrawals.Withdrawal;

class WithdrawalsTest {

    private static final List<String> NEWEST_FIRST = List.of("p3", "p2", "p1");

    @Test
    void aMentorWhoStopsTakingMenteesHasEveryUnansweredProposalWithdrawn() {
        assertThat(Withdrawals.after(false, true, 5, 4, NEWEST_FIRST)).extracting(Withdrawal::pairingId).containsExactly("p3", "p2", "p1");
        assertThat(Withdrawals.after(false, true, 5, 4, NEWEST_FIRST)).extracting(Withdrawal::reason)
                .containsOnly(WithdrawalReason.MENTOR_PAUSED);
        assertThat(Withdrawals.after(false, false, 5, 4, NEWEST_FIRST)).extracting(Withdrawal::reason)
                .containsOnly(WithdrawalReason.MENTOR_NOT_ACCEPTING);
    }

    @Test
    void aCapacityCutWithdrawsTheNewestProposalsAsManyAsItTakesAndNeverMoreThanAreUnanswered() {
        assertThat(Withdrawals.after(true, false, 2, 4, NEWEST_FIRST))
                .containsExactly(new Withdrawal("p3", WithdrawalReason.CAPACITY_REDUCED), new Withdrawal("p2", WithdrawalReason.CAPACITY_REDUCED));
        assertThat(Withdrawals.after(true, false, 1, 9, NEWEST_FIRST)).as("accepted mentorships stay").hasSize(3);
        assertThat(Withdrawals.after(true, false, 4, 4, NEWEST_FIRST)).isEmpty();
        assertThat(Withdrawals.after(true, false, 5, 4, NEWEST_FIRST)).isEmpty();
    }
}
