package org.rematch.matching.pairing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.rematch.contracts.path.ExamHistory;

/**
 * The mentee's path as the viewer of a pairing may see it. The mentee sees all of it; the addressed mentor sees the
 * attempts, the visa need and the exam history (latest Step 2 CK score, USMLE attempts) only if the mentee shares them
 * with mentors (otherwise they are left out of the JSON).
 */
public record MenteePathView(
        List<String> targetSpecialties,
        String medicalSchoolCountry,
        int graduationYear,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer matchAttempts,
        @JsonInclude(JsonInclude.Include.NON_NULL) String visaNeed,
        @JsonInclude(JsonInclude.Include.NON_NULL) ExamHistory exams) {
}
