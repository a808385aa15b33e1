package org.rematch.kit.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What is wrong with a request body Jackson could not bind: the field, by its path ({@code usmle.step1.outcome},
 * {@code languages[0]}), and what it must be (a known field, one of an enum's values, a whole number...), or, for a
 * body that is not JSON at all, what is wrong with the body as a whole.
 */
final class UnreadableBody {

    /** The field and what it must be. */
    record FieldProblem(String field, String message) {
    }

    private UnreadableBody() {
    }

    /** The field the body got wrong, if Jackson got as far as one (not for a syntax error). */
    static Optional<FieldProblem> fieldProblem(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof JacksonException jackson && !(jackson instanceof StreamReadException)
                && !jackson.getPath().isEmpty()) {
            return Optional.of(new FieldProblem(path(jackson.getPath()), message(jackson)));
        }
        return Optional.empty();
    }

    static String bodyProblem(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof MismatchedInputException) {
            return "The request body must be a JSON object";
        }
        return ex.getCause() instanceof JacksonException ? "The request body is not valid JSON"
                : "The request body is missing or unreadable";
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String message(JacksonException ex) {
        if (ex instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        Class<?> type = ex instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return "has a value of the wrong type or format";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == LocalDate.class) {
            return "must be a date like 2027-01-15";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return "must be a JSON object of the documented shape";
    }
}
