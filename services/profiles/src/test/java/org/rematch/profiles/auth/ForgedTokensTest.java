package org.rematch.profiles.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.rematch.profiles.ProfilesHttp.Registered;
import org.rematch.profiles.ProfilesServiceTest;
import org.rematch.profiles.signing.SigningKeys;
import org.rematch.testsupport.ForgedTokens;
import org.rematch.testsupport.RematchServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * profiles checks its own tokens with its own decoder, so it runs the forged-token suite against its own signing
 * key: each token is otherwise exactly what profiles would issue, wrong in only the way its name says.
 */
@RematchServiceTest
class ForgedTokensTest extends ProfilesServiceTest {

    @Autowired
    SigningKeys signingKeys;
    @Value("${rematch.security.issuer}")
    String issuer;

    @Test
    void forgedAndBrokenTokensAreRefusedWhileARealOneIsAccepted() {
        Registered mentee = http().registerAndLogIn("Forged Target", "MENTEE");
        assertThat(http().get("/api/accounts/me", mentee.bearer()).getStatusCode().value()).isEqualTo(200);

        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, String> forged : ForgedTokens.all(signingKeys.current(), issuer, mentee.accountId(), "MENTEE").entrySet()) {
            ResponseEntity<String> response = http().get("/api/accounts/me", forged.getValue());
            softly.assertThat(response.getStatusCode().value()).as(forged.getKey()).isEqualTo(401);
            softly.assertThat(response.getHeaders().getContentType()).as(forged.getKey()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        softly.assertAll();
    }
}
