package org.rematch.gateway.session;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Refuses a session request sent from another site's page, beside SameSite=Strict (which an old browser may not
 * honour, and which does not stop a sibling subdomain, being same-site): browsers send Origin with every POST and
 * DELETE, and a page elsewhere cannot forge it. A request without Origin (curl, a server) carries no browser's
 * cookies by accident, so it passes.
 */
@Component
class SameOrigin {

    private final ForwardedHeaders forwarded;

    SameOrigin(ForwardedHeaders forwarded) {
        this.forwarded = forwarded;
    }

    /** Passes a request from the gateway's own pages or from no browser; refuses one from anywhere else with 403. */
    void require(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return;
        }
        String own = forwarded.origin(request);
        if (!own.equals(normalized(origin))) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Requests from " + origin + " may not use the Rematch session; only pages of " + own + " may");
            problem.setTitle("Cross-site request refused");
            ErrorResponseException refusal = new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
            refusal.getHeaders().setCacheControl(CacheControl.noStore());
            throw refusal;
        }
    }

    /** The Origin header as {@link ForwardedHeaders#originOf} writes it; "null" and other non-URLs match nothing. */
    private static String normalized(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            return uri.getScheme() == null || uri.getHost() == null ? origin : ForwardedHeaders.originOf(uri);
        } catch (IllegalArgumentException notAUrl) {
            return origin;
        }
    }
}
