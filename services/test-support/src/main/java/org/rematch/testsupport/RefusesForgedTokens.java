package org.rematch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The forged-token suite every resource server passes: each token of {@link ForgedTokens} is refused with a 401
 * problem on a path that a valid token may read. A service's test extends this and names that path.
 */
public abstract class RefusesForgedTokens extends ServiceTestBase {

    /** A GET any caller with a valid token of {@link #role()} may make. */
    protected abstract String protectedPath();

    protected String role() {
        return "MENTEE";
    }

    static Stream<Arguments> forgedTokens() {
        return ForgedTokens.all(UUID.randomUUID().toString(), "MENTEE", "MENTOR", "MODERATOR").entrySet().stream()
                .map(forged -> Arguments.of(forged.getKey(), forged.getValue()));
    }

    @Test
    void aValidTokenIsAccepted() {
        ResponseEntity<String> response = http().get(protectedPath(), TestTokens.bearer(UUID.randomUUID().toString(), role()));

        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.toString()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void forgedAndBrokenTokensAreRefused(String whatIsWrong, String authorization) {
        ResponseEntity<String> response = http().get(protectedPath(), authorization);

        assertThat(response.getStatusCode().value()).as(whatIsWrong).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
