package org.rematch.profiles.core;

import org.rematch.contracts.path.ExamHistory;

/** The USMLE history: Step 1, Step 2 CK, and whether Step 3 is passed. Absent parts mean "not taken". */
public record Usmle(StepOne step1, StepTwoCk step2ck, Boolean step3Passed) {

    public static final Usmle NOTHING_TAKEN = new Usmle(StepOne.NOT_TAKEN, StepTwoCk.NOT_TAKEN, false);

    void check(String field, Problems problems) {
        if (step1 != null) {
            step1.check(field + ".step1", problems);
        }
        if (step2ck != null) {
            step2ck.check(field + ".step2ck", problems);
        }
        if (Boolean.TRUE.equals(step3Passed) && !stepOnePassedAndStepTwoTaken()) {
            problems.add(field + ".step3Passed", "requires Step 1 passed and Step 2 CK taken");
        }
    }

    /** What ECFMG certification and Step 3 require (besides a passing Step 2 CK, which the mentee may not tell). */
    /** The history as matching compares it: the latest Step 2 CK score and the attempts at Steps 1 and 2 CK together. */
    public ExamHistory summary() {
        int attempts = (step1 == null || step1.attempts() == null ? 0 : step1.attempts())
                + (step2ck == null || step2ck.attempts() == null ? 0 : step2ck.attempts());
        return new ExamHistory(step2ck == null ? null : step2ck.score(), attempts);
    }

    boolean stepOnePassedAndStepTwoTaken() {
        return step1 != null && step1.passed() && step2ck != null && step2ck.taken();
    }

    Usmle withDefaults() {
        return new Usmle(step1 == null ? StepOne.NOT_TAKEN : step1.withDefaults(),
                step2ck == null ? StepTwoCk.NOT_TAKEN : step2ck.withDefaults(), Boolean.TRUE.equals(step3Passed));
    }
}
