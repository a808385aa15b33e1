package org.rematch.gateway.routing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What the gateway itself answers when it cannot forward a request, as application/problem+json: 404 for a path no
 * route serves, 503 naming the service that cannot be reached (504 when it does not answer in time) — never a 500
 * or a stack trace. Responses the services send, errors included, pass through untouched.
 */
@RestControllerAdvice
class GatewayProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayProblems.class);

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Nothing is served at /" + ex.getResourcePath());
        problem.setTitle("Not Found");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
    }

    @ExceptionHandler({ResourceAccessException.class, UncheckedIOException.class, IOException.class})
    ProblemDetail upstreamUnreachable(Exception ex, HttpServletRequest request) {
        String service = request.getAttribute(MvcUtils.GATEWAY_ROUTE_ID_ATTR) instanceof String id ? id : "upstream";
        boolean timedOut = causedBy(ex, SocketTimeoutException.class) || causedBy(ex, HttpTimeoutException.class);
        HttpStatus status = timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
        log.warn("{} {} -> {} service {}: {}", request.getMethod(), request.getRequestURI(), service,
                timedOut ? "timed out" : "unreachable", ex.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, timedOut
                ? "The " + service + " service did not answer in time"
                : "The " + service + " service is unavailable; try again shortly");
        problem.setTitle(timedOut ? "Service timed out" : "Service unavailable");
        problem.setProperty("service", service);
        return problem;
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
