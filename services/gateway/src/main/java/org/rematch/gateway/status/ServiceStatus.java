package org.rematch.gateway.status;

/**
 * One service as the gateway sees it.
 *
 * @param name    the service, as routes and the index page name it
 * @param url     where the gateway reaches it
 * @param status  what its /actuator/health says (UP, DOWN, OUT_OF_SERVICE...), or DOWN when it cannot be reached
 * @param detail  why it is not UP, if it is not
 * @param apiDocs the gateway path of its OpenAPI document while it is reachable, else null
 */
public record ServiceStatus(String name, String url, String status, String detail, String apiDocs) {
}
