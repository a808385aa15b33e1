package org.rematch.directory.listing;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rematch.directory.listing.domain.InvalidInput;
import org.rematch.directory.listing.domain.Violation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Bad input to the directory's endpoints as 400 problem+json in the kit's shape ({@code errors: [{field, message}]}):
 * the domain's violations (all of them), and bodies Jackson cannot read, naming the unknown field or the field with a
 * value outside its vocabulary or of the wrong type. Ahead of the kit's general advice, for this package only.
 */
@RestControllerAdvice(basePackageClasses = ListingProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ListingProblems {

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return problem(e.violations());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return violation(e).map(v -> problem(List.of(v))).orElseGet(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    e.getCause() instanceof JacksonException ? "The request body is not valid JSON"
                            : "The request body is missing or unreadable");
            problem.setTitle("Malformed request body");
            return problem;
        });
    }

    private static Optional<Violation> violation(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return Optional.of(new Violation(fieldPath(unknown), "is not a known field (known: " + known + ")"));
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                && mismatch.getPath().getFirst().getPropertyName() != null) {
            String field = fieldPath(mismatch);
            Class<?> target = mismatch.getTargetType();
            if (target != null && target.isEnum()) {
                return Optional.of(new Violation(field, "must be one of " + Arrays.stream(target.getEnumConstants())
                        .map(String::valueOf).collect(Collectors.joining(", "))));
            }
            if (target == java.time.LocalDate.class) {
                return Optional.of(new Violation(field, "must be a date like 2027-01-15"));
            }
            if (mismatch instanceof InvalidFormatException || target != null) {
                return Optional.of(new Violation(field, "has a value of the wrong type" + typeHint(target)));
            }
            return Optional.of(new Violation(field, "has a value of the wrong type or format"));
        }
        return Optional.empty();
    }

    /**
     * The field as the domain names it: property names joined by dots ("exams.usmleAttempts"); list positions are
     * left out, so a bad element names its list ("topics"), as the domain's rules do.
     */
    private static String fieldPath(MismatchedInputException e) {
        return e.getPath().stream().map(JacksonException.Reference::getPropertyName).filter(Objects::nonNull)
                .collect(Collectors.joining("."));
    }

    private static String typeHint(Class<?> target) {
        if (target == null) {
            return "";
        }
        if (target == Integer.class || target == int.class) {
            return " (a whole number)";
        }
        if (target == Boolean.class || target == boolean.class) {
            return " (true or false)";
        }
        if (target == String.class) {
            return " (a string)";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return " (a list)";
        }
        if (target.isRecord()) {
            return " (an object)";
        }
        return "";
    }

    private static ProblemDetail problem(List<Violation> violations) {
        String detail = violations.stream().map(v -> "'" + v.field() + "' " + v.message())
                .collect(Collectors.joining("; ", "Invalid request: ", ""));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
        return problem;
    }
}
