package org.rematch.kit.web;

import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Bad input becomes a 4xx application/problem+json that names what is wrong. Spring renders the rest of its own
 * exceptions (ResponseStatusException, ErrorResponseException, method validation) as problem details already.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> InvalidRequest.fieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return handleExceptionInternal(ex, InvalidRequest.problem(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Invalid query parameters and path variables, named like body fields. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> InvalidRequest.fieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return handleExceptionInternal(ex, InvalidRequest.problem(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A body Jackson could not bind names the field and what it must be; one that is not JSON says so. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = UnreadableBody.fieldProblem(ex)
                .map(field -> InvalidRequest.problem(List.of(InvalidRequest.fieldError(field.field(), field.message()))))
                .orElseGet(() -> {
                    ProblemDetail malformed = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, UnreadableBody.bodyProblem(ex));
                    malformed.setTitle("Malformed request body");
                    return malformed;
                });
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "That already exists");
        problem.setTitle("Conflict");
        return problem;
    }
}
