package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rematch.devstack.Platform;
import org.rematch.devstack.demo.DemoLogins;
import org.rematch.devstack.demo.DemoMode;
import org.rematch.devstack.demo.DemoSeeder;
import org.rematch.population.Login;
import org.rematch.population.Population;
import org.rematch.population.Sizes;
import org.rematch.population.SyntheticMentor;

/**
 * {@code ./rematch --demo}'s seeding, run by the same code against the shared platform with a small population: the
 * printed logins work, the mentee is proposed a mentor, the mentor sees their listing, the moderator the forums.
 * Afterwards the demo people are erased, so the other system tests' matching is not affected by them.
 */
@ExtendWith(SystemUnderTest.class)
class DemoModeIT {

    private static final Sizes SMALL = new Sizes(12, 3, 5);
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @TempDir
    static Path data;

    private static Http api;
    private static DemoMode.Outcome outcome;
    private static String printed;
    private static Population population;

    @BeforeAll
    static void seedASmallPopulation() throws IOException {
        api = SystemUnderTest.gateway();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        outcome = DemoMode.seedOnce(data, SMALL, seeder(out), out);
        printed = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(printed);
        long seed = Long.parseLong(Files.readString(data.resolve(DemoMode.SEED_FILE)).trim());
        population = Population.generate(seed, SMALL, Year.now(ZoneOffset.UTC).getValue());
    }

    private static DemoSeeder seeder(PrintStream out) {
        Platform platform = SystemUnderTest.platform();
        return new DemoSeeder(platform.url("gateway"), SystemUnderTest.ADMIN_EMAIL, SystemUnderTest.ADMIN_PASSWORD, out, 4);
    }

    @Test
    void theLoginsArePrintedAndWrittenAndASecondStartDoesNotSeedAgain() throws IOException {
        DemoLogins logins = outcome.logins();
        assertThat(outcome.seededNow()).isTrue();
        for (Login login : List.of(logins.mentee(), logins.mentor(), logins.moderator())) {
            assertThat(printed).contains(login.email(), login.password());
        }
        assertThat(Files.readString(data.resolve(DemoLogins.FILE_NAME))).isEqualTo(logins.text());

        DemoMode.Outcome again = DemoMode.seedOnce(data, SMALL, seeder(System.out), System.out);
        assertThat(again.seededNow()).isFalse();
        assertThat(again.logins()).isEqualTo(logins);
    }

    @Test
    void thePrintedMenteeSignsInAndIsProposedAMentorWithin30Seconds() {
        Login mentee = outcome.logins().mentee();
        String token = Person.token(mentee.email(), mentee.password());

        var pairings = await("a proposal for the demo mentee").atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .until(() -> api.get("/api/pairings", token), response -> response.status() == 200 && !response.json().isEmpty());
        assertThat(pairings.json().get(0).get("menteeId").asString()).isEqualTo(Http.subject(token));
        assertThat(pairings.json().get(0).get("state").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void thePrintedMentorSeesTheirListing() {
        Login login = outcome.logins().mentor();
        SyntheticMentor mentor = population.mentors().stream().filter(m -> m.login().equals(login)).findFirst().orElseThrow();
        String token = Person.token(login.email(), login.password());

        var listing = api.get("/api/mentors/me", token);
        assertThat(listing.status()).as(listing.toString()).isEqualTo(200);
        assertThat(listing.json().get("matchedSpecialty").asString()).isEqualTo(mentor.matchedSpecialty().name());
        assertThat(listing.json().get("capacity").asInt()).isEqualTo(mentor.capacity());

        var search = api.get("/api/mentors?specialty=" + mentor.matchedSpecialty().name(), token);
        assertThat(search.status()).as(search.toString()).isEqualTo(200);
        assertThat(search.body()).contains(Http.subject(token));
    }

    @Test
    void thePrintedModeratorListsTheForums() {
        Login moderator = outcome.logins().moderator();
        String token = Person.token(moderator.email(), moderator.password());

        var forums = api.get("/api/forums", token);
        assertThat(forums.status()).as(forums.toString()).isEqualTo(200);
        assertThat(population.forums()).hasSize(3);
        population.forums().forEach(forum -> assertThat(forums.body()).contains(forum.name()));
    }

    /** The demo mentors and mentees leave, so the later system tests' mentees and mentors meet only each other. */
    @AfterAll
    static void eraseTheDemoPeople() {
        String admin = Person.token(SystemUnderTest.ADMIN_EMAIL, SystemUnderTest.ADMIN_PASSWORD);
        List<String> ids = Stream.concat(population.mentors().stream().map(SyntheticMentor::login),
                        population.mentees().stream().map(m -> m.login()))
                .map(login -> Http.subject(Person.token(login.email(), login.password())))
                .toList();
        for (String id : ids) {
            var erased = api.send("DELETE", "/api/accounts/" + id, admin, null);
            assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        }
        await("matching forgot the demo people").atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .until(() -> matchingDocumentsNaming(ids), List::isEmpty);
    }

    private static List<String> matchingDocumentsNaming(List<String> ids) {
        List<String> found = new ArrayList<>();
        try (MongoClient mongo = MongoClients.create(SystemUnderTest.platform().settings().mongoUri())) {
            MongoDatabase database = mongo.getDatabase("rematch-matching");
            for (String collection : database.listCollectionNames()) {
                for (Document document : database.getCollection(collection).find()) {
                    String json = document.toJson();
                    ids.stream().filter(json::contains).findFirst()
                            .ifPresent(id -> found.add(collection + " " + document.get("_id") + " names " + id));
                }
            }
        }
        return found;
    }
}
