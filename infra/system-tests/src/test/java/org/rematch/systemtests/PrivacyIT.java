package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Privacy end to end, through the gateway: a mentee shares only what she chooses with her proposed mentor, exports
 * everything Rematch holds on her, then erases her account, after which no service's database holds a document with
 * her id; an admin erases a mentor the same way.
 */
@ExtendWith(SystemUnderTest.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrivacyIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    /** A path no other system test's mentors are on, so the mentee meets this test's mentor. */
    private static final String SPECIALTY = "MEDGEN";
    private static final String COUNTRY = "IS";
    private static final List<String> SERVICES = List.of("profiles", "mentor-directory", "matching", "forums", "notifications");

    private static Http api;
    private static Person mentor;
    private static Person mentee;

    @BeforeAll
    static void gateway() {
        api = SystemUnderTest.gateway();
    }

    @Test
    @Order(1)
    void theProposedMentorSeesOnlyTheSensitiveFieldsTheMenteeShared() {
        mentor = Person.register("MENTOR", "Dr Privacy Mentor");
        Steps.list(mentor, SPECIALTY, COUNTRY, 1, 3);
        mentee = Person.register("MENTEE", "Layla Private");
        Steps.postPath(mentee, SPECIALTY, COUNTRY, List.of("MATCH_ATTEMPTS"));

        JsonNode pairing = await("the mentee proposed to the mentor").atMost(DELIVERY)
                .until(() -> Steps.pairingsOf(api.get("/api/pairings", mentor.token()).json(), mentee.id()), found -> found.size() == 1)
                .getFirst();

        assertThat(pairing.path("menteePath").path("medicalSchoolCountry").asString()).isEqualTo(COUNTRY);
        assertThat(pairing.path("menteePath").path("matchAttempts").asInt()).isEqualTo(2);
        assertThat(pairing.path("menteePath").path("visaNeed").isMissingNode() || pairing.path("menteePath").path("visaNeed").isNull())
                .as("visa need is not shared: %s", pairing).isTrue();
        assertThat(pairing.toString()).doesNotContain("H1B");
    }

    @Test
    @Order(2)
    void theExportHoldsWhatEveryServiceKnowsOfTheMentee() {
        var response = api.get("/api/accounts/me/export", mentee.token());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode export = response.json();
        assertThat(export.path("accountId").asString()).isEqualTo(mentee.id());
        assertThat(export.path("services").propertyNames()).containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(export.path("services").path("profiles").toString()).contains(mentee.email(), SPECIALTY);
        assertThat(export.path("services").path("matching").toString()).contains(mentor.id());
        assertThat(export.path("services").path("notifications").toString()).isNotEmpty();
        assertThat(response.body()).doesNotContain(mentee.password()).doesNotContainIgnoringCase("passwordHash");

        var anonymous = api.get("/api/accounts/me/export", null);
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void afterTheMenteeErasesHerAccountNoServiceHoldsADocumentWithHerId() {
        var erased = api.send("DELETE", "/api/accounts/me", mentee.token(), null);
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);

        await("no document anywhere names the mentee").atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .until(() -> documentsNaming(mentee.id()), List::isEmpty);
        var login = api.post("/api/auth/token", null, Map.of("email", mentee.email(), "password", mentee.password()));
        assertThat(login.status()).as(login.toString()).isEqualTo(401);
        assertThat(api.get("/api/accounts/me", mentee.token()).status()).isEqualTo(404);
        assertThat(Steps.pairingsOf(api.get("/api/pairings", mentor.token()).json(), mentee.id())).isEmpty();
    }

    @Test
    @Order(4)
    void anAdminErasesTheMentorAndEveryServiceForgetsHim() {
        String adminToken = Person.token(SystemUnderTest.ADMIN_EMAIL, SystemUnderTest.ADMIN_PASSWORD);

        var erased = api.send("DELETE", "/api/accounts/" + mentor.id(), adminToken, null);
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);

        await("no document anywhere names the mentor").atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .until(() -> documentsNaming(mentor.id()), List::isEmpty);
        assertThat(api.get("/api/mentors/" + mentor.id(), adminToken).status()).isEqualTo(404);
    }

    /** "database.collection _id" of every document, in every database of the platform, whose JSON contains {@code id}. */
    private static List<String> documentsNaming(String id) {
        List<String> found = new ArrayList<>();
        try (MongoClient mongo = MongoClients.create(SystemUnderTest.platform().settings().mongoUri())) {
            for (String name : mongo.listDatabaseNames()) {
                MongoDatabase database = mongo.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        if (document.toJson().contains(id)) {
                            found.add(name + "." + collection + " " + document.get("_id"));
                        }
                    }
                }
            }
        }
        return found;
    }
}
