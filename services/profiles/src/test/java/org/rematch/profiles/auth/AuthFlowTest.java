package org.rematch.profiles.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.profiles.ProfilesHttp.PASSWORD;
import static org.rematch.profiles.ProfilesHttp.json;
import static org.rematch.profiles.ProfilesHttp.problem;
import static org.rematch.profiles.ProfilesHttp.uniqueEmail;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rematch.profiles.ProfilesHttp;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@RematchServiceTest
class AuthFlowTest extends ProfilesServiceTest {

    private static final String MENTEE_PATH = org.rematch.profiles.MenteePaths.MINIMAL;

    @Value("${rematch.security.issuer}")
    String issuer;

    @Test
    void aRegisteredMenteeGetsATokenThatAccountsAndMenteesAccept() {
        String email = uniqueEmail();
        ResponseEntity<String> registered = http().register(email.toUpperCase(), PASSWORD, "Amina Khan", "MENTEE");

        assertThat(registered.getStatusCode().value()).isEqualTo(201);
        JsonNode account = json(registered.getBody());
        String accountId = account.get("accountId").asString();
        assertThat(UUID.fromString(accountId)).isNotNull();
        assertThat(account.get("email").asString()).isEqualTo(email);
        assertThat(account.get("displayName").asString()).isEqualTo("Amina Khan");
        assertThat(account.get("roles").toString()).isEqualTo("[\"MENTEE\"]");
        assertThat(registered.getBody()).doesNotContainIgnoringCase("password");

        ResponseEntity<String> token = http().token(email.toUpperCase(), PASSWORD);
        assertThat(token.getStatusCode().value()).isEqualTo(200);
        JsonNode tokenBody = json(token.getBody());
        assertThat(tokenBody.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(tokenBody.get("expires_in").asInt()).isEqualTo(900);
        String bearer = "Bearer " + tokenBody.get("access_token").asString();

        ResponseEntity<String> me = http().get("/api/accounts/me", bearer);
        assertThat(me.getStatusCode().value()).isEqualTo(200);
        assertThat(json(me.getBody()).get("accountId").asString()).isEqualTo(accountId);
        assertThat(me.getBody()).doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}");

        ResponseEntity<String> mentee = http().post("/api/mentees", bearer, MENTEE_PATH);
        assertThat(mentee.getStatusCode().value()).as(mentee.getBody()).isEqualTo(201);
        assertThat(json(mentee.getBody()).get("menteeId").asString()).isEqualTo(accountId);
        assertThat(http().get("/api/mentees/me", bearer).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theTokenCarriesTheAgreedClaimsAndVerifiesAgainstThePublishedJwks() throws Exception {
        ProfilesHttp.Registered mentor = http().registerAndLogIn("Dr. Rahul Mehta", "MENTOR");

        ResponseEntity<String> jwksResponse = http().get("/.well-known/jwks.json", null);
        assertThat(jwksResponse.getStatusCode().value()).isEqualTo(200);
        JWKSet jwks = JWKSet.parse(jwksResponse.getBody());
        assertThat(jwks.getKeys()).isNotEmpty().allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
        assertThat(jwksResponse.getBody()).doesNotContain("\"d\"", "\"p\"", "\"q\"");

        SignedJWT jwt = SignedJWT.parse(mentor.bearer().substring("Bearer ".length()));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("the JWKS holds the token's kid").isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(issuer);
        assertThat(claims.getSubject()).isEqualTo(mentor.accountId());
        assertThat(claims.getStringListClaim("roles")).containsExactly("MENTOR");
        assertThat(claims.getStringClaim("name")).isEqualTo("Dr. Rahul Mehta");
        assertThat(claims.getStringClaim("email")).isEqualTo(mentor.email());
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(claims.getIssueTime().toInstant()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
    }

    @Test
    void aSecondRegistrationWithTheSameEmailInAnyCaseIsAConflict() {
        String email = uniqueEmail();
        assertThat(http().register(email, PASSWORD, "First", "MENTEE").getStatusCode().value()).isEqualTo(201);

        JsonNode conflict = problem(http().register(email.toUpperCase(), PASSWORD, "Second", "MENTOR"), 409);
        assertThat(conflict.get("detail").asString()).contains("email");
    }

    @Test
    void badRegistrationInputGetsAProblemNamingEachField() {
        JsonNode problem = problem(http().register("not-an-email", "short", " ", "MENTEE"), 400);

        assertThat(fields(problem)).containsExactlyInAnyOrder("email", "password", "displayName");
        assertThat(problem.toString()).contains("at least 12 characters");
    }

    @Test
    void nobodyRegistersThemselvesAsModeratorOrAdmin() {
        for (String role : new String[] {"MODERATOR", "ADMIN", "mentee", "NURSE"}) {
            JsonNode problem = problem(http().register(uniqueEmail(), PASSWORD, "Someone", role), 400);
            assertThat(fields(problem)).as(role).containsExactly("role");
        }
    }

    @Test
    void malformedOrMissingBodiesAre400NotServerErrors() {
        problem(http().post("/api/auth/register", null, "{\"email\": "), 400);
        problem(http().post("/api/auth/token", null, "{}"), 400);
        JsonNode missingRole = problem(http().post("/api/auth/register", null,
                "{\"email\":\"%s\",\"password\":\"%s\",\"displayName\":\"X\"}".formatted(uniqueEmail(), PASSWORD)), 400);
        assertThat(fields(missingRole)).containsExactly("role");
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSame401() {
        ProfilesHttp.Registered mentee = http().registerAndLogIn("Amina", "MENTEE");

        ResponseEntity<String> wrongPassword = http().token(mentee.email(), "wrong-password-123");
        ResponseEntity<String> unknownEmail = http().token(uniqueEmail(), PASSWORD);
        ResponseEntity<String> overlong = http().token(mentee.email(), "x".repeat(100));

        JsonNode wrong = problem(wrongPassword, 401);
        JsonNode unknown = problem(unknownEmail, 401);
        problem(overlong, 401);
        assertThat(wrong.get("detail")).isEqualTo(unknown.get("detail"));
        assertThat(wrong.get("title")).isEqualTo(unknown.get("title"));
    }

    @Test
    void withoutAValidTokenOfThisIssuerTheAccountIsNotShown() {
        problem(http().get("/api/accounts/me", null), 401);
        problem(http().get("/api/accounts/me", "Bearer not.a.token"), 401);
        // signed by another issuer (the test issuer other services trust): profiles trusts only itself
        problem(http().get("/api/accounts/me", TestTokens.bearer(UUID.randomUUID().toString(), "MENTEE")), 401);
    }

    static List<String> fields(JsonNode problem) {
        assertThat(problem.has("errors")).as(problem.toString()).isTrue();
        return problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
