package org.rematch.devstack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rematch.devstack.PlatformException;
import org.rematch.population.Sizes;
import tools.jackson.databind.json.JsonMapper;

/** The demo seeding against a fake gateway: what is sent, once per data directory, resumable, failures loud. */
class DemoModeTest {

    private static final Sizes SMALL = new Sizes(12, 3, 5);

    @TempDir
    Path data;

    private final FakeGateway gateway = new FakeGateway();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @AfterEach
    void stop() {
        gateway.close();
    }

    private DemoMode.Outcome seed() {
        return DemoMode.seedOnce(data, SMALL, new DemoSeeder(gateway.url(), "admin@rematch.test", "admin-pass-123456", out, 3), out);
    }

    @Test
    void seedsEveryoneThroughTheGatewayAndHandsOutThreeLogins() throws Exception {
        DemoMode.Outcome outcome = seed();

        assertThat(outcome.seededNow()).isTrue();
        assertThat(gateway.posts("/api/accounts/moderators")).singleElement()
                .satisfies(r -> assertThat(r.authorization()).isEqualTo("Bearer token-for-admin@rematch.test"));
        assertThat(gateway.posts("/api/forums")).hasSize(3)
                .allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer token-for-" + outcome.logins().moderator().email()));
        assertThat(gateway.posts("/api/auth/register")).hasSize(12 + 5);
        assertThat(gateway.posts("/api/auth/register")).filteredOn(r -> r.body().contains("\"role\":\"MENTOR\"")).hasSize(12);
        assertThat(gateway.posts("/api/mentors")).hasSize(12).allSatisfy(r -> assertThat(r.authorization()).startsWith("Bearer token-for-"));
        assertThat(gateway.posts("/api/mentees")).hasSize(5);
        assertThat(gateway.posts("/api/mentees")).anySatisfy(r -> assertThat(r.authorization())
                .isEqualTo("Bearer token-for-" + outcome.logins().mentee().email()));

        Path logins = data.resolve(DemoLogins.FILE_NAME);
        String text = Files.readString(logins);
        assertThat(text).contains(outcome.logins().mentee().email(), outcome.logins().mentee().password(),
                outcome.logins().mentor().email(), outcome.logins().mentor().password(),
                outcome.logins().moderator().email(), outcome.logins().moderator().password());
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(text.strip());
        assertThat(Files.getPosixFilePermissions(logins)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(data.resolve(DemoMode.SEED_FILE))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aSecondStartOnTheSameDataDoesNotSeedAgainAndShowsTheSameLogins() {
        DemoMode.Outcome first = seed();
        int requests = gateway.requests.size();

        DemoMode.Outcome second = seed();

        assertThat(second.seededNow()).isFalse();
        assertThat(gateway.requests).hasSize(requests);
        assertThat(second.logins()).isEqualTo(first.logins());
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("not seeding again");
    }

    @Test
    void aRunThatStoppedHalfWayResumesWithTheSamePeople() {
        gateway.status = request -> request.path().equals("/api/mentees") ? 400 : 201;
        assertThatThrownBy(this::seed).isInstanceOf(PlatformException.class)
                .hasMessageContaining("5 of 5 mentees failed");
        assertThat(data.resolve(DemoMode.MARKER_FILE)).doesNotExist();
        Set<String> firstEmails = Set.copyOf(gateway.posts("/api/auth/register").stream().map(r -> r.field("email")).toList());

        // now everyone and everything exists already: 409s count as done, existing forums are not created again
        gateway.requests.clear();
        gateway.status = request -> request.path().equals("/api/mentees") ? 201 : 409;
        gateway.forums = forumsNamed(org.rematch.population.Population.generate(seedOf(data), SMALL, java.time.Year.now().getValue()).forums());
        DemoMode.Outcome outcome = seed();

        assertThat(outcome.seededNow()).isTrue();
        assertThat(gateway.posts("/api/forums")).isEmpty();
        assertThat(gateway.posts("/api/auth/register")).extracting(r -> r.field("email"))
                .containsExactlyInAnyOrderElementsOf(firstEmails);
        assertThat(data.resolve(DemoMode.MARKER_FILE)).exists();
    }

    @Test
    void aRefusalIsReportedWithTheAnswer() {
        gateway.status = request -> request.path().equals("/api/forums") ? 403 : 201;
        assertThatThrownBy(this::seed).isInstanceOf(PlatformException.class).hasMessageContaining("create forum")
                .hasMessageContaining("403");
    }

    @Test
    void theArgumentSelectsTheSizes() {
        assertThat(DemoMode.parseArgument("--demo")).contains(Sizes.DEMO);
        assertThat(DemoMode.parseArgument("--demo=mentors:12,forums:3,mentees:5")).contains(SMALL);
        assertThat(DemoMode.parseArgument("--demon")).isEmpty();
        assertThatThrownBy(() -> DemoMode.parseArgument("--demo=mentors:many")).isInstanceOf(IllegalArgumentException.class);
    }

    private static long seedOf(Path data) {
        try {
            return Long.parseLong(Files.readString(data.resolve(DemoMode.SEED_FILE)).trim());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String forumsNamed(java.util.List<org.rematch.population.SyntheticForum> forums) {
        return JsonMapper.shared().writeValueAsString(forums.stream().map(f -> java.util.Map.of("name", f.name())).toList());
    }
}
