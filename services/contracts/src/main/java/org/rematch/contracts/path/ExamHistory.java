package org.rematch.contracts.path;

/**
 * A USMLE history as matching compares it: the Step 2 CK score of the latest attempt (null when not taken or not
 * told) and how many attempts Step 1 and Step 2 CK took together (2 = each passed at the first try; 0 = none taken).
 */
public record ExamHistory(Integer step2ckScore, int usmleAttempts) {

    /** Nothing taken, or nothing told. */
    public static final ExamHistory NONE = new ExamHistory(null, 0);

    /** Whether there is anything to compare. */
    public boolean known() {
        return step2ckScore != null || usmleAttempts > 0;
    }
}
