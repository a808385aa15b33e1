package org.rematch.matching.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How much each part of a shared path counts in a mentor's same-path score; the only place the weights live. Why the
 * defaults are what they are is in docs/matching.md. In short: the specialty the mentor matched into is the strongest
 * signal (0.30), then the country of school (0.12), the cycles it took (0.10), the visa (0.08), where the mentee's
 * goal leads (0.08) and the help offered (0.08); exams (0.06), years since graduation (0.05), time zone (0.05), SOAP
 * (0.04) and US-IMG or not (0.04) refine. A shared language besides English adds a reason but no points.
 *
 * <p>The weights are never negative and sum to 1, and each comparison earns a share in [0, 1] of its weight, so a
 * score is always in [0, 1].
 *
 * @param weights         one per {@link ScoreComponent}; a component left out weighs 0
 * @param cyclesTolerance the difference in cycles at which the cycles credit reaches zero
 * @param choiceFactors   the share of the specialty weight by position in the mentee's list of target specialties:
 *                        starts at 1.0, never increases; positions past its end take its last factor
 */
public record ScoringWeights(Map<ScoreComponent, Double> weights, int cyclesTolerance, List<Double> choiceFactors) {

    public static final List<Double> DEFAULT_CHOICE_FACTORS = List.of(1.0, 0.8, 0.6);
    public static final Map<ScoreComponent, Double> DEFAULT_WEIGHTS = Collections.unmodifiableMap(new EnumMap<>(Map.ofEntries(
            Map.entry(ScoreComponent.SPECIALTY, 0.30),
            Map.entry(ScoreComponent.COUNTRY, 0.12),
            Map.entry(ScoreComponent.CYCLES, 0.10),
            Map.entry(ScoreComponent.VISA, 0.08),
            Map.entry(ScoreComponent.GOAL, 0.08),
            Map.entry(ScoreComponent.HELP_TOPICS, 0.08),
            Map.entry(ScoreComponent.EXAMS, 0.06),
            Map.entry(ScoreComponent.GRADUATION, 0.05),
            Map.entry(ScoreComponent.TIME_ZONE, 0.05),
            Map.entry(ScoreComponent.SOAP, 0.04),
            Map.entry(ScoreComponent.US_IMG, 0.04),
            Map.entry(ScoreComponent.LANGUAGES, 0.0))));
    public static final ScoringWeights DEFAULT = new ScoringWeights(DEFAULT_WEIGHTS, 3, DEFAULT_CHOICE_FACTORS);

    public ScoringWeights {
        EnumMap<ScoreComponent, Double> all = new EnumMap<>(ScoreComponent.class);
        for (ScoreComponent component : ScoreComponent.values()) {
            all.put(component, weights.getOrDefault(component, 0.0));
        }
        if (all.values().stream().anyMatch(weight -> weight < 0)) {
            throw new IllegalArgumentException("Weights must not be negative: " + all);
        }
        double sum = all.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw new IllegalArgumentException("Weights must sum to 1, so that a score stays in [0, 1]; they sum to " + sum + ": " + all);
        }
        weights = Collections.unmodifiableMap(all);
        if (cyclesTolerance < 1) {
            throw new IllegalArgumentException("cyclesTolerance must be at least 1");
        }
        choiceFactors = List.copyOf(choiceFactors);
        if (choiceFactors.isEmpty() || choiceFactors.getFirst() != 1.0) {
            throw new IllegalArgumentException("The first choice must earn the full specialty weight (factor 1.0)");
        }
        for (int i = 1; i < choiceFactors.size(); i++) {
            if (choiceFactors.get(i) <= 0 || choiceFactors.get(i) > choiceFactors.get(i - 1)) {
                throw new IllegalArgumentException("Choice factors must be positive and never increase");
            }
        }
    }

    /** The defaults with some weights replaced; the result must still sum to 1. */
    public static ScoringWeights defaultsWith(Map<ScoreComponent, Double> changed, int cyclesTolerance, List<Double> choiceFactors) {
        EnumMap<ScoreComponent, Double> weights = new EnumMap<>(DEFAULT_WEIGHTS);
        weights.putAll(changed);
        return new ScoringWeights(weights, cyclesTolerance, choiceFactors);
    }

    public double weight(ScoreComponent component) {
        return weights.get(component);
    }

    /** The share of the specialty weight for the mentee's choice at {@code position} (0 = first choice). */
    public double choiceFactor(int position) {
        return choiceFactors.get(Math.min(position, choiceFactors.size() - 1));
    }
}
