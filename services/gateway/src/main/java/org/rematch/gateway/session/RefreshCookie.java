package org.rematch.gateway.session;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The cookie that holds the refresh token, so no script can read it: HttpOnly (an injected script cannot steal it),
 * SameSite=Strict (no other site's page makes the browser send it), Path={@value #PATH} (the browser sends it to the
 * session endpoints only, never with /api/** calls or page loads) and Secure unless switched off for plain HTTP.
 */
@Component
class RefreshCookie {

    static final String NAME = "rematch_refresh";
    static final String PATH = "/web/session";

    private final SessionProperties properties;

    RefreshCookie(SessionProperties properties) {
        this.properties = properties;
    }

    /** The refresh token the browser sent, if any. */
    Optional<String> read(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> !value.isBlank())
                .findFirst();
    }

    /** Keeps {@code refreshToken} for as long as profiles honours it. */
    ResponseCookie holding(String refreshToken) {
        return cookie(refreshToken, properties.refreshTokenLifetime());
    }

    /** Makes the browser forget the cookie: same name and attributes, no value, Max-Age=0. */
    ResponseCookie cleared() {
        return cookie("", Duration.ZERO);
    }

    private ResponseCookie cookie(String value, Duration maxAge) {
        return ResponseCookie.from(NAME, value)
                .httpOnly(true)
                .secure(properties.secureCookie())
                .sameSite("Strict")
                .path(PATH)
                .maxAge(maxAge)
                .build();
    }
}
