package org.rematch.gateway.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the web session's refresh cookie is made (defaults and their reasons in application.yaml).
 *
 * @param secureCookie         whether the cookie carries Secure, so the browser sends it over HTTPS only
 * @param refreshTokenLifetime the cookie's Max-Age: how long profiles honours a refresh token, which its token answer
 *                             does not state
 */
@ConfigurationProperties("rematch.gateway.session")
record SessionProperties(boolean secureCookie, Duration refreshTokenLifetime) {
}
