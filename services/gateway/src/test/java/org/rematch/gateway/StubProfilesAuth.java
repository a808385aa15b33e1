package org.rematch.gateway;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * profiles' auth API as the gateway's web session meets it: POST /api/auth/token, /refresh and /logout with profiles'
 * statuses and problem bodies. Refresh tokens rotate (each works once) and logout revokes; which answer a sign-in gets
 * depends on its email, so tests need no shared switches.
 */
final class StubProfilesAuth {

    /** A stand-in's answer. */
    record Answer(int status, String contentType, String body, String retryAfter) {

        static Answer problem(int status, String detail) {
            return new Answer(status, "application/problem+json",
                    "{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}", null);
        }
    }

    static final String PASSWORD = "a-long-enough-password";
    static final String DISABLED = "disabled@example.org";
    static final String THROTTLED = "throttled@example.org";
    static final String RETRY_AFTER = "37";
    static final long EXPIRES_IN = 900;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private final AtomicInteger issued = new AtomicInteger();

    static boolean handles(String path) {
        return Set.of("/api/auth/token", "/api/auth/refresh", "/api/auth/logout").contains(path);
    }

    /** A refresh token of a fresh login, as if someone had signed in. */
    String signedIn() {
        String token = "refresh-" + issued.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
        active.add(token);
        return token;
    }

    boolean isActive(String refreshToken) {
        return active.contains(refreshToken);
    }

    Answer answer(String path, String body) {
        JsonNode json = body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        return switch (path) {
            case "/api/auth/token" -> token(json.path("email").asString(""), json.path("password").asString(""));
            case "/api/auth/refresh" -> refresh(json.path("refresh_token").asString(""));
            default -> logout(json.path("refresh_token").asString(""));
        };
    }

    private Answer token(String email, String password) {
        if (email.isBlank()) {
            return Answer.problem(400, "email: must not be blank");
        }
        if (email.equals(THROTTLED)) {
            return new Answer(429, "application/problem+json", "{\"status\":429,\"title\":\"Too many login attempts\","
                    + "\"detail\":\"Too many failed logins; try again in " + RETRY_AFTER + " seconds\"}", RETRY_AFTER);
        }
        if (!password.equals(PASSWORD)) {
            return Answer.problem(401, "The email or the password is wrong");
        }
        if (email.equals(DISABLED)) {
            return Answer.problem(403, "This account is disabled; ask an administrator to enable it");
        }
        return tokens(email);
    }

    private Answer refresh(String refreshToken) {
        if (refreshToken.isBlank()) {
            return Answer.problem(400, "refresh_token: must not be blank");
        }
        return active.remove(refreshToken) ? tokens("refreshed") : Answer.problem(401, "The refresh token is not valid");
    }

    private Answer logout(String refreshToken) {
        return active.remove(refreshToken) ? new Answer(204, "application/json", "", null)
                : Answer.problem(401, "The refresh token is not valid");
    }

    private Answer tokens(String subject) {
        return new Answer(200, "application/json", "{\"access_token\":\"access-for-" + subject + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":" + EXPIRES_IN + ",\"refresh_token\":\"" + signedIn() + "\"}", null);
    }
}
