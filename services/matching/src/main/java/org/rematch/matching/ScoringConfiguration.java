package org.rematch.matching;

import java.util.List;
import org.rematch.matching.scoring.MentorScorer;
import org.rematch.matching.scoring.ScoringWeights;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scoring weights come from configuration ({@code rematch.matching.weights.*}, defaults in {@link ScoringWeights}),
 * so they can be tuned without a release; weights that break the rules (not summing to 1, a later choice earning more)
 * stop the service at start with the rule that failed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScoringConfiguration.Weights.class)
class ScoringConfiguration {

    @ConfigurationProperties("rematch.matching.weights")
    record Weights(@DefaultValue("0.5") double specialty, @DefaultValue("0.25") double country, @DefaultValue("0.25") double cycles,
            @DefaultValue("3") int cyclesTolerance, @DefaultValue({"1.0", "0.8", "0.6"}) List<Double> choiceFactors) {
    }

    @Bean
    MentorScorer mentorScorer(Weights weights) {
        return new MentorScorer(new ScoringWeights(weights.specialty(), weights.country(), weights.cycles(), weights.cyclesTolerance(),
                weights.choiceFactors()));
    }
}
