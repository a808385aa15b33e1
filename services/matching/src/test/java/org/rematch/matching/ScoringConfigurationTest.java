package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rematch.matching.scoring.MentorScorer;
import org.rematch.matching.scoring.ScoringWeights;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ScoringConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(ScoringConfiguration.class);

    @Test
    void withoutConfigurationTheScorerUsesTheDefaultWeights() {
        context.run(started -> assertThat(started.getBean(MentorScorer.class).weights()).isEqualTo(ScoringWeights.DEFAULT));
    }

    @Test
    void theWeightsAreTunedByConfiguration() {
        context.withPropertyValues("rematch.matching.weights.specialty=0.4", "rematch.matching.weights.country=0.4",
                        "rematch.matching.weights.cycles=0.2", "rematch.matching.weights.cycles-tolerance=2",
                        "rematch.matching.weights.choice-factors=1.0,0.5")
                .run(started -> assertThat(started.getBean(MentorScorer.class).weights())
                        .isEqualTo(new ScoringWeights(0.4, 0.4, 0.2, 2, List.of(1.0, 0.5))));
    }

    @Test
    void weightsThatBreakTheRulesStopTheServiceSayingWhich() {
        context.withPropertyValues("rematch.matching.weights.specialty=0.9")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("must sum to 1"));
    }
}
