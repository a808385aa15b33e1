package org.rematch.testsupport.authz;

import java.util.Map;
import org.springframework.http.HttpMethod;

/** One line of a matrix: an endpoint, the resource it is asked about, and the exact status each caller gets. */
record Row(HttpMethod method, String pattern, String resource, Map<Caller, Integer> statuses) {

    String endpoint() {
        return method.name() + " " + pattern;
    }

    /** What a service's setups are keyed by: "GET /api/pairings/{id} | mentee's pairing". */
    String key() {
        return endpoint() + " | " + resource;
    }
}
