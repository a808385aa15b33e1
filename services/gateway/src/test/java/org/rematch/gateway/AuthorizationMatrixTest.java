package org.rematch.gateway;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rematch.testsupport.authz.AuthorizationMatrix;
import org.rematch.testsupport.authz.Cell;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway's own endpoints against src/test/resources/authorization-matrix.md. The gateway decides nothing itself:
 * the page, status and API documents are public, and the export answers as the services answer the caller's token
 * (the stand-ins here refuse a missing one, as every service does). What each service allows is in its own matrix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixTest {

    static final StubUpstream PROFILES = StubUpstream.healthy("profiles");
    static final StubUpstream DIRECTORY = StubUpstream.healthy("mentor-directory");
    static final StubUpstream MATCHING = StubUpstream.healthy("matching");
    static final StubUpstream FORUMS = StubUpstream.healthy("forums");
    static final StubUpstream NOTIFICATIONS = StubUpstream.healthy("notifications");

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("REMATCH_PROFILES_URL", PROFILES::url);
        registry.add("REMATCH_DIRECTORY_URL", DIRECTORY::url);
        registry.add("REMATCH_MATCHING_URL", MATCHING::url);
        registry.add("REMATCH_FORUMS_URL", FORUMS::url);
        registry.add("REMATCH_NOTIFICATIONS_URL", NOTIFICATIONS::url);
    }

    @AfterAll
    static void stopUpstreams() {
        Stream.of(PROFILES, DIRECTORY, MATCHING, FORUMS, NOTIFICATIONS).forEach(StubUpstream::close);
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @TestFactory
    Stream<DynamicTest> matrix() {
        return AuthorizationMatrix.of("gateway")
                // the gateway reads no token; the services behind it check them
                .tokens((caller, accountId) -> "Bearer opaque-token-of-" + accountId)
                .tests(context, port, Map.of(
                        "GET / | none", world -> Cell.of("/"),
                        "GET /platform/status | none", world -> Cell.of("/platform/status"),
                        "GET /platform/api-docs/{service} | none", world -> Cell.of("/platform/api-docs/matching"),
                        "GET /api/accounts/me/export | own", world -> Cell.of("/api/accounts/me/export")));
    }
}
