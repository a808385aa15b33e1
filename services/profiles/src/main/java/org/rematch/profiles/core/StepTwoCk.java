package org.rematch.profiles.core;

/**
 * USMLE Step 2 CK: the three-digit score of the latest attempt (1 to 300; absent while not taken or not told) and the
 * number of attempts (0 = not taken). A score needs at least one attempt.
 */
public record StepTwoCk(Integer score, Integer attempts) {

    public static final int MAX_SCORE = 300;
    public static final int MAX_ATTEMPTS = 6;
    public static final StepTwoCk NOT_TAKEN = new StepTwoCk(null, 0);

    boolean taken() {
        return attempts != null && attempts > 0;
    }

    void check(String field, Problems problems) {
        if (attempts != null) {
            problems.between(field + ".attempts", attempts, 0, MAX_ATTEMPTS);
        }
        if (score != null) {
            if (problems.between(field + ".score", score, 1, MAX_SCORE) && !taken()) {
                problems.add(field + ".attempts", "must be at least 1 when a score is given");
            }
        }
    }

    StepTwoCk withDefaults() {
        return new StepTwoCk(score, attempts == null ? 0 : attempts);
    }
}
