package org.rematch.directory.listing.domain;

import org.rematch.contracts.path.ExamHistory;

/**
 * The USMLE history a mentor may tell, as sent ({@code exams} in the listing), either number possibly missing:
 * the latest Step 2 CK score and the attempts Step 1 and Step 2 CK took together. {@link JourneyDraft#validate}
 * checks it; a valid one becomes the {@link ExamHistory} matching compares with a mentee's.
 */
public record ExamsDraft(Integer step2ckScore, Integer usmleAttempts) {

    /** Only once validated: {@code usmleAttempts} is then present. */
    ExamHistory history() {
        return new ExamHistory(step2ckScore, usmleAttempts);
    }
}
