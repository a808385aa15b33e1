package org.rematch.profiles.core;

/** USMLE Step 1 (pass/fail since 2022): its outcome and how many attempts it took so far. */
public record StepOne(StepOutcome outcome, Integer attempts) {

    public static final int MAX_ATTEMPTS = 6;
    public static final StepOne NOT_TAKEN = new StepOne(StepOutcome.NOT_TAKEN, 0);

    boolean passed() {
        return outcome == StepOutcome.PASS;
    }

    void check(String field, Problems problems) {
        if (outcome == null) {
            problems.add(field + ".outcome", "must be one of PASS, FAIL, NOT_TAKEN");
            return;
        }
        if (outcome == StepOutcome.NOT_TAKEN) {
            if (attempts != null && attempts != 0) {
                problems.add(field + ".attempts", "must be 0 (or absent) when Step 1 was not taken");
            }
        } else if (attempts == null) {
            problems.add(field + ".attempts", "must be given when Step 1 was taken (1 to " + MAX_ATTEMPTS + ")");
        } else {
            problems.between(field + ".attempts", attempts, 1, MAX_ATTEMPTS);
        }
    }

    StepOne withDefaults() {
        return new StepOne(outcome, attempts == null ? 0 : attempts);
    }
}
