package org.rematch.contracts.mentees;

/**
 * Parts of a mentee's path that are the mentee's to share: matching scores with them either way, but a proposed mentor
 * sees one only if the mentee listed it in {@link MenteeSnapshot#sharedWithMentors()}.
 */
public enum SensitiveField {
    MATCH_ATTEMPTS,
    VISA_NEED,
    EXAM_HISTORY
}
