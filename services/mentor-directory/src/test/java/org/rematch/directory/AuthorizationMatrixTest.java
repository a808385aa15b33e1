package org.rematch.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

/**
 * Runs src/test/resources/authorization-matrix.md: every endpoint × caller, exact statuses. The runner sends no
 * If-Match header, so PUT /api/mentors/me answers the owner 428 (authorized, precondition missing) and any other
 * mentor 404 (no listing of their own); the If-Match paths (200, 409) are in MentorListingApiTest.
 */
@RematchServiceTest
class AuthorizationMatrixTest {

    private static final String LISTING = Listings.minimal();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @TestFactory
    Stream<DynamicTest> matrix() {
        Map<String, Cell.Setup> setups = Map.of(
                "POST /api/mentors | none", world -> Cell.of("/api/mentors", LISTING),
                "PUT /api/mentors/me | mentor's own listing", world -> {
                    listingOf(world);
                    return Cell.of("/api/mentors/me", LISTING).withHeader("If-Match", "\"1\"");
                },
                "PUT /api/mentors/me/availability | mentor's own listing", world -> {
                    listingOf(world);
                    return Cell.of("/api/mentors/me/availability", "{\"accepting\":false}");
                },
                "GET /api/mentors/me | mentor's own listing", world -> {
                    listingOf(world);
                    return Cell.of("/api/mentors/me");
                },
                "GET /api/mentors | none", world -> Cell.of("/api/mentors?specialty=IM"),
                "GET /api/mentors/{mentorId} | mentor's listing", world -> Cell.of("/api/mentors/" + listingOf(world)),
                "GET /api/personal-data | own", world -> {
                    listingOf(world);
                    return Cell.of("/api/personal-data");
                });
        return AuthorizationMatrix.of("mentor-directory").tests(context, port, setups);
    }

    /** The listing of the world's mentor; returns its id. */
    private String listingOf(World world) {
        String mentorId = world.id(Caller.MENTOR);
        assertThat(new Http(port).post("/api/mentors", TestTokens.bearer(mentorId, "MENTOR"), LISTING).getStatusCode().value())
                .isEqualTo(201);
        return mentorId;
    }
}
