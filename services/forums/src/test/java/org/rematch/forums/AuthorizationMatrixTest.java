package org.rematch.forums;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestTokens;
import org.rematch.testsupport.authz.AuthorizationMatrix;
import org.rematch.testsupport.authz.Caller;
import org.rematch.testsupport.authz.Cell;
import org.rematch.testsupport.authz.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * Runs src/test/resources/authorization-matrix.md: every endpoint × caller, exact statuses. "moderator" is the
 * world's moderator; "the moderator moderates" means they created the forum, "another moderator's" means a
 * moderator outside the world did.
 */
@RematchServiceTest
class AuthorizationMatrixTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @TestFactory
    Stream<DynamicTest> matrix() {
        Map<String, Cell.Setup> setups = Map.ofEntries(
                Map.entry("POST /api/forums | none", world -> Cell.of("/api/forums", forumBody())),
                Map.entry("GET /api/forums | none", world -> Cell.of("/api/forums?tag=specialty:IM")),
                Map.entry("GET /api/forums/{forumId} | forum the moderator moderates",
                        world -> Cell.of("/api/forums/" + forumOf(ownModerator(world)))),
                Map.entry("PUT /api/forums/{forumId} | forum the moderator moderates",
                        world -> Cell.of("/api/forums/" + forumOf(ownModerator(world)), forumBody())),
                Map.entry("PUT /api/forums/{forumId} | another moderator's forum",
                        world -> Cell.of("/api/forums/" + forumOf(anotherModerator()), forumBody())),
                Map.entry("POST /api/forums/{forumId}/archive | forum the moderator moderates",
                        world -> Cell.of("/api/forums/" + forumOf(ownModerator(world)) + "/archive")),
                Map.entry("POST /api/forums/{forumId}/archive | another moderator's forum",
                        world -> Cell.of("/api/forums/" + forumOf(anotherModerator()) + "/archive")),
                Map.entry("POST /api/forums/{forumId}/reopen | archived forum the moderator moderates",
                        world -> Cell.of("/api/forums/" + archivedForumOf(ownModerator(world)) + "/reopen")),
                Map.entry("POST /api/forums/{forumId}/reopen | another moderator's archived forum",
                        world -> Cell.of("/api/forums/" + archivedForumOf(anotherModerator()) + "/reopen")),
                Map.entry("POST /api/forums/{forumId}/moderators | forum the moderator moderates",
                        world -> Cell.of("/api/forums/" + forumOf(ownModerator(world)) + "/moderators",
                                "{\"accountId\":\"" + world.id(Caller.MENTOR) + "\"}")),
                Map.entry("GET /api/personal-data | own", world -> {
                    forumOf(ownModerator(world));
                    return Cell.of("/api/personal-data");
                }));
        return AuthorizationMatrix.of("forums").tests(context, port, setups);
    }

    private static String ownModerator(World world) {
        return TestTokens.bearer(world.id(Caller.MODERATOR), "MODERATOR");
    }

    private static String anotherModerator() {
        return TestTokens.bearer(UUID.randomUUID().toString(), "MODERATOR");
    }

    private static String forumBody() {
        return "{\"name\":\"Matrix forum " + UUID.randomUUID() + "\",\"tags\":[\"specialty:IM\"]}";
    }

    /** A new open forum created (and so moderated) by the holder of {@code moderatorToken}; returns its id. */
    private String forumOf(String moderatorToken) {
        ResponseEntity<String> created = new Http(port).post("/api/forums", moderatorToken, forumBody());
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return Http.json(created).get("forumId").asString();
    }

    private String archivedForumOf(String moderatorToken) {
        String forumId = forumOf(moderatorToken);
        assertThat(new Http(port).post("/api/forums/" + forumId + "/archive", moderatorToken, null).getStatusCode().value())
                .isEqualTo(200);
        return forumId;
    }
}
