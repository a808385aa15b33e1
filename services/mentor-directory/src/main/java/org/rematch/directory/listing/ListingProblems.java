package org.rematch.directory.listing;

import org.rematch.directory.listing.domain.InvalidInput;
import org.rematch.kit.web.InvalidRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The domain's violations (all of them) as the kit's invalid-request problem; unreadable bodies get the kit's answer,
 * which names the unknown field or the field with a value outside its vocabulary or of the wrong type.
 */
@RestControllerAdvice(basePackageClasses = ListingProblems.class)
class ListingProblems {

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return InvalidRequest.problem(e.violations().stream()
                .map(v -> InvalidRequest.fieldError(v.field(), v.message())).toList());
    }
}
