package org.rematch.matching.surge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.MentorScorer;
import org.rematch.matching.scoring.TestWeights;

class CandidateGraphTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private static MentorCandidate mentor(String id, String specialty, String country, int capacity, int reserved, boolean accepting) {
        return new MentorCandidate(id, id, specialty, country, 2, capacity, reserved, accepting);
    }

    @Test
    void onlyMentorsWhoCouldBeProposedAreEdgesEachWithItsScoreBestFirst() {
        MenteePath amina = new MenteePath("amina", List.of("IM"), "PK", 2);
        List<MentorCandidate> mentors = List.of(mentor("samePath", "IM", "PK", 2, 0, true), mentor("countryOnly", "GS", "PK", 2, 0, true),
                mentor("offPath", "GS", "NG", 2, 0, true), mentor("full", "IM", "PK", 1, 1, true),
                mentor("closed", "IM", "PK", 2, 0, false), mentor("hadBefore", "IM", "PK", 2, 0, true));

        List<WaitingMentee> batch = new CandidateGraph(new MentorScorer(TestWeights.THREE_PARTS), 5).batch(List.of(amina), mentors,
                Map.of("amina", Set.of("hadBefore")), TODAY);

        assertThat(batch).singleElement().satisfies(mentee -> assertThat(mentee.candidates())
                .containsExactly(new Candidate("samePath", 1.0), new Candidate("countryOnly", 0.5)));
    }

    @Test
    void eachMenteeKeepsItsKBestAndEachMentorItsKBestPerSlotSoNoSlotIsOutOfReach() {
        MentorCandidate popular = mentor("popular", "IM", "PK", 1, 0, true);
        MentorCandidate other = mentor("other", "FM", "PK", 1, 0, true);
        List<MenteePath> mentees = List.of(new MenteePath("a", List.of("IM"), "PK", 2), new MenteePath("b", List.of("IM"), "PK", 2),
                new MenteePath("c", List.of("IM"), "PK", 2));

        List<WaitingMentee> batch = new CandidateGraph(new MentorScorer(), 1).batch(mentees, List.of(popular, other), Map.of(), TODAY);

        assertThat(batch).extracting(WaitingMentee::menteeId).containsExactly("a", "b", "c");
        assertThat(batch).allSatisfy(mentee -> assertThat(mentee.candidates()).extracting(Candidate::mentorId).contains("popular"));
        assertThat(batch.stream().filter(mentee -> mentee.candidates().stream().anyMatch(c -> c.mentorId().equals("other"))))
                .as("the less popular mentor keeps the mentee it suits best").hasSize(1);
    }
}
