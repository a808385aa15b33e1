package org.rematch.matching.scoring;

/** What scoring needs to know of a mentee's path: where they aim, where they trained, how often they tried. */
public record MenteePath(String menteeId, String targetSpecialty, String medicalSchoolCountry, int matchAttempts) {
}
