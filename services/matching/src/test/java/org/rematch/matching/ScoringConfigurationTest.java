package org.rematch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rematch.matching.scoring.MentorScorer;
import org.rematch.matching.scoring.ScoreComponent;
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
        context.withPropertyValues("rematch.matching.scoring.weights.specialty=0.35", "rematch.matching.scoring.weights.country=0.07",
                        "rematch.matching.scoring.weights.help-topics=0.1", "rematch.matching.scoring.weights.time-zone=0.03",
                        "rematch.matching.scoring.cycles-tolerance=2", "rematch.matching.scoring.choice-factors=1.0,0.5")
                .run(started -> assertThat(started.getBean(MentorScorer.class).weights()).isEqualTo(ScoringWeights.defaultsWith(
                        Map.of(ScoreComponent.SPECIALTY, 0.35, ScoreComponent.COUNTRY, 0.07, ScoreComponent.HELP_TOPICS, 0.1,
                                ScoreComponent.TIME_ZONE, 0.03), 2, List.of(1.0, 0.5))));
    }

    @Test
    void weightsThatBreakTheRulesStopTheServiceSayingWhich() {
        context.withPropertyValues("rematch.matching.scoring.weights.specialty=0.9")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("must sum to 1"));
    }
}
