package org.rematch.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void defaultsStartEverythingEmbedded() {
        Settings settings = Settings.fromEnv(Map.of(), ROOT, System.out);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/repo/.devstack"));
        assertThat(settings.embeddedKafka()).isTrue();
        assertThat(settings.embeddedMongo()).isTrue();
        assertThat(settings.embeddedMail()).isTrue();
        assertThat(settings.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
        assertThat(settings.mongoUri()).isEqualTo("mongodb://127.0.0.1:27017");
        assertThat(settings.adminEmail()).isEqualTo("admin@rematch.local");
        assertThat(settings.adminPassword()).isNull();
        assertThat(settings.serviceJvmOptions()).contains("-Xmx384m");
        assertThat(settings.logDir()).isEqualTo(Path.of("/repo/.devstack/logs"));
    }

    @Test
    void environmentPointsAtExistingClustersAndOverrides() {
        Settings settings = Settings.fromEnv(Map.of(
                "KAFKA_BOOTSTRAP", "kafka:9092", "MONGODB_URI", "mongodb://db:27017/?replicaSet=rs0",
                "REMATCH_DATA", "/tmp/rd", "REMATCH_PORT_MONGO", "27018", "REMATCH_ADMIN_PASSWORD", "s3cret-s3cret",
                "REMATCH_JAVA_OPTS", " -Xmx256m  -Dx=y ", "REMATCH_START_TIMEOUT", "90",
                "SPRING_MAIL_HOST", " smtp.example.org ", "SPRING_MAIL_PORT", "587"), ROOT, System.out);
        assertThat(settings.embeddedKafka()).isFalse();
        assertThat(settings.kafkaBootstrap()).isEqualTo("kafka:9092");
        assertThat(settings.embeddedMongo()).isFalse();
        assertThat(settings.mongoUri()).isEqualTo("mongodb://db:27017/?replicaSet=rs0");
        assertThat(settings.embeddedMail()).isFalse();
        assertThat(settings.externalMail()).isEqualTo("smtp.example.org:587");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/rd"));
        assertThat(settings.ports().mongo()).isEqualTo(27018);
        assertThat(settings.adminPassword()).isEqualTo("s3cret-s3cret");
        assertThat(settings.serviceJvmOptions()).containsExactly("-Xmx256m", "-Dx=y");
        assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void blankVariablesAreIgnored() {
        Settings settings = Settings.fromEnv(Map.of("KAFKA_BOOTSTRAP", " ", "MONGODB_URI", "", "SPRING_MAIL_HOST", " ",
                "SPRING_MAIL_PORT", "587"), ROOT, System.out);
        assertThat(settings.embeddedKafka()).isTrue();
        assertThat(settings.embeddedMongo()).isTrue();
        assertThat(settings.embeddedMail()).isTrue();
    }

    @Test
    void anSmtpHostWithoutPortIsShownAsItIs() {
        assertThat(Settings.fromEnv(Map.of("SPRING_MAIL_HOST", "smtp.example.org"), ROOT, System.out).externalMail())
                .isEqualTo("smtp.example.org");
    }

    @Test
    void repoRootIsFoundWalkingUp(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.createDirectories(dir.resolve("services"));
        Path deep = Files.createDirectories(dir.resolve("infra/system-tests/target"));
        assertThat(RepoRoot.search(deep)).contains(dir.toAbsolutePath().normalize());
        assertThat(RepoRoot.search(Path.of("/"))).isEmpty();
    }

    @Test
    void servicesGetTheirEnvironment() throws Exception {
        Platform platform = platform(Map.of("REMATCH_ADMIN_PASSWORD", "pw-pw-pw-pw-pw"));
        Map<String, String> gateway = platform.serviceEnvironment("gateway");
        assertThat(gateway).containsEntry("SERVER_PORT", "8080")
                .containsEntry("KAFKA_BOOTSTRAP", "127.0.0.1:9092")
                .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017")
                .containsEntry("REMATCH_ISSUER", "http://localhost:8081")
                .containsEntry("REMATCH_JWKS_URI", "http://localhost:8081/.well-known/jwks.json")
                .containsEntry("REMATCH_MATCHING_URL", "http://localhost:8083")
                .containsEntry("REMATCH_DIRECTORY_URL", "http://localhost:8082")
                .doesNotContainKey("REMATCH_ADMIN_PASSWORD")
                .doesNotContainKey("SPRING_MAIL_HOST");
        assertThat(platform.serviceEnvironment("matching")).containsEntry("SERVER_PORT", "8083")
                .doesNotContainKey("REMATCH_PROFILES_URL");
        assertThat(platform.serviceEnvironment("mentor-directory")).as("asks matching for match scores")
                .containsEntry("REMATCH_MATCHING_URL", "http://localhost:8083").doesNotContainKey("REMATCH_PROFILES_URL");
        assertThat(platform.components()).containsExactly("kafka", "mongo", "mail", "profiles", "mentor-directory",
                "forums", "matching", "notifications", "gateway");
    }

    @Test
    void notificationsSendThroughTheDevelopmentMailServerAndLinkToTheGateway() throws Exception {
        Platform platform = platform(Map.of("REMATCH_PORT_MAIL", "2525", "REMATCH_PORT_GATEWAY", "9080"));
        assertThat(platform.serviceEnvironment("notifications"))
                .containsEntry("SPRING_MAIL_HOST", "localhost")
                .containsEntry("SPRING_MAIL_PORT", "2525")
                .containsEntry("REMATCH_NOTIFICATIONS_PUBLIC_URL", "http://localhost:9080");
        assertThat(platform.portsToBind()).containsEntry("mail", 2525).containsEntry("mailbox", 8025);
        assertThat(platform.mailboxUrl()).isEqualTo("http://localhost:8025");
    }

    @Test
    void anExternalSmtpServerIsLeftToTheServicesOwnEnvironment() throws Exception {
        Platform platform = platform(Map.of("SPRING_MAIL_HOST", "smtp.example.org", "SPRING_MAIL_PORT", "587"));
        assertThat(platform.serviceEnvironment("notifications"))
                .doesNotContainKeys("SPRING_MAIL_HOST", "SPRING_MAIL_PORT")
                .containsEntry("REMATCH_NOTIFICATIONS_PUBLIC_URL", "http://localhost:8080");
        assertThat(platform.components()).doesNotContain("mail");
        assertThat(platform.portsToBind()).doesNotContainKeys("mail", "mailbox").containsKeys("kafka", "gateway");
        assertThatThrownBy(platform::mailboxUrl).hasMessageContaining("smtp.example.org:587");
    }

    /** A platform that is not started: what it would start and pass on. */
    private static Platform platform(Map<String, String> env) throws Exception {
        var constructor = Platform.class.getDeclaredConstructor(Settings.class);
        constructor.setAccessible(true);
        return constructor.newInstance(Settings.fromEnv(env, ROOT, System.out));
    }
}
