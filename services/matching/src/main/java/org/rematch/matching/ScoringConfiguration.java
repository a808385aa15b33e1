package org.rematch.matching;

import java.util.List;
import java.util.Map;
import org.rematch.matching.scoring.MentorScorer;
import org.rematch.matching.scoring.ScoreComponent;
import org.rematch.matching.scoring.ScoringWeights;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scoring weights come from configuration, so they can be tuned without a release:
 * {@code rematch.matching.scoring.weights.<component>} (e.g. {@code ...weights.specialty=0.35}, any component of
 * {@link ScoreComponent}; the others keep their defaults from {@link ScoringWeights}), plus
 * {@code rematch.matching.scoring.cycles-tolerance} and {@code ...choice-factors}. Weights that break the rules (not
 * summing to 1, a later choice earning more) stop the service at start with the rule that failed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScoringConfiguration.Scoring.class)
class ScoringConfiguration {

    @ConfigurationProperties("rematch.matching.scoring")
    record Scoring(Map<ScoreComponent, Double> weights, @DefaultValue("3") int cyclesTolerance,
            @DefaultValue({"1.0", "0.8", "0.6"}) List<Double> choiceFactors) {
    }

    @Bean
    MentorScorer mentorScorer(Scoring scoring) {
        return new MentorScorer(ScoringWeights.defaultsWith(scoring.weights() == null ? Map.of() : scoring.weights(),
                scoring.cyclesTolerance(), scoring.choiceFactors()));
    }
}
