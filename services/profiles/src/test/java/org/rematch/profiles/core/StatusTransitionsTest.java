package org.rematch.profiles.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.contracts.mentees.MenteeStatus.MATCHED;
import static org.rematch.contracts.mentees.MenteeStatus.PAIRED;
import static org.rematch.contracts.mentees.MenteeStatus.PAUSED;
import static org.rematch.contracts.mentees.MenteeStatus.SEEKING;
import static org.rematch.contracts.mentees.MenteeStatus.WITHDRAWN;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.rematch.contracts.mentees.MenteeStatus;

class StatusTransitionsTest {

    @Test
    void aSeekingMenteeMayPauseWithdrawOrRecordTheirMatch() {
        assertThat(StatusTransitions.choosableFrom(SEEKING)).containsExactlyInAnyOrder(PAUSED, WITHDRAWN, MATCHED);
        assertThat(StatusTransitions.choosableFrom(PAUSED)).containsExactlyInAnyOrder(SEEKING, WITHDRAWN, MATCHED);
        assertThat(StatusTransitions.choosableFrom(WITHDRAWN)).containsExactly(SEEKING);
        assertThat(StatusTransitions.choosableFrom(MATCHED)).containsExactly(WITHDRAWN);
        assertThat(StatusTransitions.choosableFrom(PAIRED)).containsExactlyInAnyOrder(WITHDRAWN, MATCHED);
    }

    @Test
    void refusalsSayWhy() {
        assertThat(StatusTransitions.refusal(SEEKING, PAIRED)).hasValueSatisfying(reason -> assertThat(reason).contains("mentor accepts"));
        assertThat(StatusTransitions.refusal(MATCHED, SEEKING)).hasValueSatisfying(reason ->
                assertThat(reason).contains("from MATCHED you may choose WITHDRAWN"));
        assertThat(StatusTransitions.refusal(PAUSED, SEEKING)).isEmpty();
    }

    @Property
    void nobodyChoosesPairedAndStayingPutIsAlwaysFine(@ForAll MenteeStatus from, @ForAll MenteeStatus to) {
        assertThat(StatusTransitions.refusal(from, from)).isEmpty();
        if (to == PAIRED && from != PAIRED) {
            assertThat(StatusTransitions.refusal(from, to)).isPresent();
        }
        assertThat(StatusTransitions.refusal(from, to).isEmpty())
                .isEqualTo(from == to || StatusTransitions.choosableFrom(from).contains(to));
    }
}
