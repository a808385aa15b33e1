package org.rematch.profiles.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rematch.profiles.ProfilesHttp.ADMIN_EMAIL;
import static org.rematch.profiles.ProfilesHttp.ADMIN_PASSWORD;
import static org.rematch.profiles.ProfilesHttp.json;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import org.junit.jupiter.api.Test;
import org.rematch.profiles.ProfilesApplication;
import org.rematch.profiles.ProfilesHttp;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * A restart, or a second instance, on the same database: tokens signed before a rotation (by either instance) verify
 * on both, new tokens carry the current kid, and a rotation by one instance reaches the other when it re-reads the
 * ring (every 30 s; called directly here instead of waiting).
 */
@RematchServiceTest
class SecondInstanceTest extends ProfilesServiceTest {

    @Autowired
    MongoConnectionDetails mongoConnection;
    @Autowired
    KafkaConnectionDetails kafkaConnection;

    private ConfigurableApplicationContext secondInstance() {
        // command-line arguments, as a deployment passes them: they win over application.properties
        return new SpringApplicationBuilder(ProfilesApplication.class).run(
                "--server.port=0",
                "--spring.mongodb.uri=" + mongoConnection.getConnectionString().getConnectionString(),
                "--spring.mongodb.database=" + mongo.getDb().getName(),
                "--spring.kafka.bootstrap-servers=" + String.join(",", kafkaConnection.getBootstrapServers()),
                "--spring.kafka.listener.auto-startup=false",
                "--" + ProfilesHttp.ADMIN_EMAIL_PROPERTY, "--" + ProfilesHttp.ADMIN_PASSWORD_PROPERTY);
    }

    private static String kidOf(String bearer) throws ParseException {
        return SignedJWT.parse(bearer.substring("Bearer ".length())).getHeader().getKeyID();
    }

    private static String rotate(ProfilesHttp http) {
        ResponseEntity<String> rotated = http.post("/api/accounts/signing-keys/rotation", http.bearerFor(ADMIN_EMAIL, ADMIN_PASSWORD), null);
        assertThat(rotated.getStatusCode().value()).as(rotated.getBody()).isEqualTo(201);
        return json(rotated.getBody()).get("kid").asString();
    }

    @Test
    void tokensSurviveRotationsAndRestartsAndRotationsReachTheOtherInstance() throws Exception {
        ProfilesHttp first = http();
        ProfilesHttp.Registered amina = first.registerAndLogIn("Amina Khan", "MENTEE");
        String beforeRotation = amina.bearer();
        String rotatedOnFirst = rotate(first);
        assertThat(kidOf(beforeRotation)).isNotEqualTo(rotatedOnFirst);

        try (ConfigurableApplicationContext restarted = secondInstance()) {
            ProfilesHttp second = new ProfilesHttp(Integer.parseInt(restarted.getEnvironment().getProperty("local.server.port")));

            assertThat(second.get("/api/accounts/me", beforeRotation).getStatusCode().value()).isEqualTo(200);
            String issuedBySecond = second.bearerFor(amina.email(), ProfilesHttp.PASSWORD);
            assertThat(kidOf(issuedBySecond)).isEqualTo(rotatedOnFirst);
            assertThat(first.get("/api/accounts/me", issuedBySecond).getStatusCode().value()).isEqualTo(200);
            assertThat(JWKSet.parse(second.get("/.well-known/jwks.json", null).getBody()).getKeys())
                    .extracting(key -> key.getKeyID()).contains(kidOf(beforeRotation), rotatedOnFirst);

            String rotatedAgainOnFirst = rotate(first);
            String issuedByFirst = first.bearerFor(amina.email(), ProfilesHttp.PASSWORD);
            restarted.getBean(SigningKeys.class).refresh();

            assertThat(second.get("/api/accounts/me", issuedByFirst).getStatusCode().value()).isEqualTo(200);
            assertThat(kidOf(second.bearerFor(amina.email(), ProfilesHttp.PASSWORD))).isEqualTo(rotatedAgainOnFirst);
            assertThat(second.get("/api/accounts/me", beforeRotation).getStatusCode().value()).isEqualTo(200);
        }
        assertThat(first.get("/api/accounts/me", beforeRotation).getStatusCode().value()).isEqualTo(200);
    }
}
