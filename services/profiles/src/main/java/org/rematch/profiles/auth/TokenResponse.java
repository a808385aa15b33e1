package org.rematch.profiles.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The OAuth 2.0 token response shape (RFC 6749 section 5.1), with the refresh token of the login's family. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn, @JsonProperty("refresh_token") String refreshToken) {

    public TokenResponse withRefreshToken(String token) {
        return new TokenResponse(accessToken, tokenType, expiresIn, token);
    }
}
