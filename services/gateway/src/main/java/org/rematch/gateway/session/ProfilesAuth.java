package org.rematch.gateway.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * profiles' auth API (/api/auth/token, /refresh, /logout), asked on the browser's behalf with the browser's address in
 * X-Forwarded-For, so login throttling still counts per person. If profiles cannot be reached, the RestClient's
 * ResourceAccessException reaches GatewayProblems, which answers 503 (504 when it timed out) naming profiles, as it
 * does for the profiles route.
 */
@Component
class ProfilesAuth {

    static final String SERVICE = "profiles";

    /** What profiles answered: new tokens, or a refusal to pass on. */
    sealed interface Outcome {
    }

    record Issued(Tokens tokens) implements Outcome {
    }

    /** A 4xx (or any answer but 2xx): its status, problem body and Retry-After, passed on as they came. */
    record Refused(HttpStatusCode status, MediaType contentType, String retryAfter, byte[] body) implements Outcome {

        ResponseEntity<byte[]> passedOn() {
            ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).cacheControl(CacheControl.noStore());
            if (contentType != null) {
                answer.contentType(contentType);
            }
            if (retryAfter != null) {
                answer.header(HttpHeaders.RETRY_AFTER, retryAfter);
            }
            return answer.body(body);
        }
    }

    /** The sign-in body, as profiles takes it; toString hides the password from debug logging. */
    record Credentials(String email, String password) {

        @Override
        public String toString() {
            return "Credentials[" + email + "]";
        }
    }

    private record RefreshRequest(@JsonProperty("refresh_token") String refreshToken) {

        @Override
        public String toString() {
            return "RefreshRequest";
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ProfilesAuth.class);

    private final RestClient http;
    private final URI profiles;
    private final ForwardedHeaders forwarded;

    ProfilesAuth(RestClient.Builder http, @Value("${rematch.gateway.services.profiles}") URI profiles,
            ForwardedHeaders forwarded) {
        this.http = http.build();
        this.profiles = profiles;
        this.forwarded = forwarded;
    }

    Outcome signIn(Credentials credentials, HttpServletRequest from) {
        return tokens("/api/auth/token", credentials, from);
    }

    Outcome refresh(String refreshToken, HttpServletRequest from) {
        return tokens("/api/auth/refresh", new RefreshRequest(refreshToken), from);
    }

    /**
     * Revokes the token's family. Neither a refusal nor an unreachable profiles stops the sign-out: the browser forgets
     * the cookie either way, and a family left unrevoked expires by itself, usable only by whoever holds the token.
     */
    void logout(String refreshToken, HttpServletRequest from) {
        try {
            post("/api/auth/logout", new RefreshRequest(refreshToken), from).retrieve()
                    .onStatus(status -> true, (request, response) -> { })
                    .toBodilessEntity();
        } catch (ResourceAccessException unreachable) {
            log.warn("Sign-out could not revoke its refresh token, profiles is unreachable: {}", unreachable.toString());
        }
    }

    private Outcome tokens(String path, Object body, HttpServletRequest from) {
        return post(path, body, from).exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
                ? new Issued(response.bodyTo(Tokens.class))
                : new Refused(response.getStatusCode(), response.getHeaders().getContentType(),
                        response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER), response.getBody().readAllBytes()));
    }

    private RestClient.RequestHeadersSpec<?> post(String path, Object body, HttpServletRequest from) {
        // the service GatewayProblems names should profiles not answer
        from.setAttribute(MvcUtils.GATEWAY_ROUTE_ID_ATTR, SERVICE);
        return http.post()
                .uri(profiles.resolve(path))
                .header(ForwardedHeaders.X_FORWARDED_FOR, forwarded.forwardedFor(from))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
