package org.rematch.profiles.auth;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.rematch.profiles.core.SelfRegistration;

/** A role someone may give themselves at registration ({@link SelfRegistration}): MENTEE or MENTOR. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SelfRegistrationRole.Validator.class)
@interface SelfRegistrationRole {

    String message() default "must be MENTEE or MENTOR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SelfRegistrationRole, String> {

        @Override
        public boolean isValid(String role, ConstraintValidatorContext context) {
            return SelfRegistration.allowed(role);
        }
    }
}
