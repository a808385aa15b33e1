package org.rematch.gateway.session;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * profiles' token answer (RFC 6749 section 5.1), as far as the gateway needs it. toString names no token, since
 * debug logging of message bodies would otherwise write them to the log.
 */
record Tokens(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn, @JsonProperty("refresh_token") String refreshToken) {

    /** What the browser's script gets: everything but the refresh token, which only the cookie carries. */
    record AccessToken(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn) {

        @Override
        public String toString() {
            return "AccessToken[" + tokenType + ", expires in " + expiresIn + " s]";
        }
    }

    AccessToken forScript() {
        return new AccessToken(accessToken, tokenType, expiresIn);
    }

    @Override
    public String toString() {
        return "Tokens[" + tokenType + ", expires in " + expiresIn + " s]";
    }
}
