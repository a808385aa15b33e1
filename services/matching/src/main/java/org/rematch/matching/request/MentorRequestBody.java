package org.rematch.matching.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A mentee asking a mentor they chose. Both are trimmed before validation; a blank message is no message.
 *
 * @param message a few words to the mentor, at most 500 characters
 */
public record MentorRequestBody(@NotBlank @Size(max = 100) String mentorId, @Size(max = 500) String message) {

    public MentorRequestBody {
        mentorId = mentorId == null ? null : mentorId.strip();
        message = message == null || message.isBlank() ? null : message.strip();
    }
}
