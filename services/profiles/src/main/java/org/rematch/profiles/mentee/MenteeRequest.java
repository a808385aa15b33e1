package org.rematch.profiles.mentee;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Set;
import org.rematch.contracts.mentees.SensitiveField;
import org.rematch.contracts.mentees.VisaNeed;
import org.rematch.profiles.core.MenteePath;

/**
 * The body of POST /api/mentees and PUT /api/mentees/me. {@code sharedWithMentors} is optional (absent: share none of
 * the sensitive fields); an unknown value is a 400 naming the field, like any unreadable value. Its rules live in {@link MenteePath#problems(int)}; the
 * class-level constraint reports each problem on its field, so the 400 problem+json names the field.
 */
@MenteeRequest.ValidPath
record MenteeRequest(String targetSpecialty, String medicalSchoolCountry, Integer graduationYear, Integer matchAttempts,
        VisaNeed visaNeed, Set<SensitiveField> sharedWithMentors) {

    MenteePath path() {
        return new MenteePath(targetSpecialty, medicalSchoolCountry, graduationYear, matchAttempts, visaNeed);
    }

    /** What the mentee shares with proposed mentors; absent (or null) shares none of the sensitive fields. */
    Set<SensitiveField> shared() {
        return sharedWithMentors == null ? Set.of() : Set.copyOf(sharedWithMentors);
    }

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = PathValidator.class)
    @interface ValidPath {

        String message() default "is not a valid mentee path";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static class PathValidator implements ConstraintValidator<ValidPath, MenteeRequest> {

        @Override
        public boolean isValid(MenteeRequest request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            var problems = new java.util.LinkedHashMap<>(request.path().problems(Year.now(ZoneOffset.UTC).getValue()));
            if (request.sharedWithMentors() != null && request.sharedWithMentors().contains(null)) {
                problems.put("sharedWithMentors", "must list only MATCH_ATTEMPTS and VISA_NEED");
            }
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            problems.forEach((field, message) -> context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(field).addConstraintViolation());
            return false;
        }
    }
}
