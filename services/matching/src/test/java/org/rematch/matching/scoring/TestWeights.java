package org.rematch.matching.scoring;

import java.util.Map;

/** Weights for tests whose mentors and mentees tell only part of a path. */
public final class TestWeights {

    /**
     * Only specialty, country and cycles weigh (0.5, 0.25, 0.25), so a test's arithmetic is easy to follow;
     * {@code PathComparisonsTest} covers the other components with the default weights.
     */
    public static final ScoringWeights THREE_PARTS = new ScoringWeights(
            Map.of(ScoreComponent.SPECIALTY, 0.5, ScoreComponent.COUNTRY, 0.25, ScoreComponent.CYCLES, 0.25), 3,
            ScoringWeights.DEFAULT_CHOICE_FACTORS);

    private TestWeights() {
    }
}
