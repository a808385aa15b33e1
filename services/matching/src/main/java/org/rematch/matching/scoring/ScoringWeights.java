package org.rematch.matching.scoring;

/**
 * How much each part of a shared path counts in a mentor's same-path score; the only place the weights live.
 *
 * <ul>
 *   <li>{@code specialty} (0.5): the mentor matched into the specialty the mentee is aiming for. The strongest signal:
 *       the mentor knows that specialty's programs, interviews and letters.</li>
 *   <li>{@code country} (0.25): the mentor went to medical school in the same country, so knows the same credential,
 *       exam and visa hurdles.</li>
 *   <li>{@code cycles} (0.25): the mentor went through about as many unmatched cycles before matching as the mentee
 *       has attempts. Full credit when equal, {@code 1 - difference / cyclesTolerance} when close, none beyond.</li>
 * </ul>
 *
 * The weights sum to 1, so a score is always in [0, 1].
 *
 * @param cyclesTolerance the difference in cycles at which the cycles credit reaches zero
 */
public record ScoringWeights(double specialty, double country, double cycles, int cyclesTolerance) {

    public static final ScoringWeights DEFAULT = new ScoringWeights(0.5, 0.25, 0.25, 3);

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
    }
}
