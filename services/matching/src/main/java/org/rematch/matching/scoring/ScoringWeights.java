package org.rematch.matching.scoring;

import java.util.List;

/**
 * How much each part of a shared path counts in a mentor's same-path score; the only place the weights live.
 *
 * <ul>
 *   <li>{@code specialty} (0.5): the mentor matched into a specialty the mentee is aiming for. The strongest signal:
 *       the mentor knows that specialty's programs, interviews and letters. A mentee lists 1 to 3 target specialties
 *       in order of preference; the mentor's specialty earns {@code specialty × choiceFactors[i]} where i is its
 *       position in that list: by default 1.0 for the first choice, 0.8 for the second, 0.6 for the third (and 0.6
 *       for any later one), so a mentor in the mentee's first choice outranks an otherwise equal one in a later
 *       choice, while a later choice still counts far more than a shared country alone.</li>
 *   <li>{@code country} (0.25): the mentor went to medical school in the same country, so knows the same credential,
 *       exam and visa hurdles.</li>
 *   <li>{@code cycles} (0.25): the mentor went through about as many unmatched cycles before matching as the mentee
 *       has attempts. Full credit when equal, {@code 1 - difference / cyclesTolerance} when close, none beyond.</li>
 * </ul>
 *
 * The weights sum to 1 and every choice factor is in (0, 1], so a score is always in [0, 1].
 *
 * @param cyclesTolerance the difference in cycles at which the cycles credit reaches zero
 * @param choiceFactors   the share of the specialty weight by position in the mentee's list: starts at 1.0, never
 *                        increases; positions past its end take its last factor
 */
public record ScoringWeights(double specialty, double country, double cycles, int cyclesTolerance, List<Double> choiceFactors) {

    public static final List<Double> DEFAULT_CHOICE_FACTORS = List.of(1.0, 0.8, 0.6);
    public static final ScoringWeights DEFAULT = new ScoringWeights(0.5, 0.25, 0.25, 3, DEFAULT_CHOICE_FACTORS);

    public ScoringWeights {
        if (specialty < 0 || country < 0 || cycles < 0) {
            throw new IllegalArgumentException("Weights must not be negative");
        }
        if (Math.abs(specialty + country + cycles - 1.0) > 1e-9) {
            throw new IllegalArgumentException("Weights must sum to 1, so that a score stays in [0, 1]");
        }
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

    public ScoringWeights(double specialty, double country, double cycles, int cyclesTolerance) {
        this(specialty, country, cycles, cyclesTolerance, DEFAULT_CHOICE_FACTORS);
    }

    /** The specialty points for a mentor who matched into the mentee's choice at {@code position} (0 = first choice). */
    public double specialtyPoints(int position) {
        return specialty * choiceFactors.get(Math.min(position, choiceFactors.size() - 1));
    }
}
