package org.rematch.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rematch.devstack.mail.TestMail;

/**
 * The launcher itself, with the real Kafka broker, embedded Mongo and development mail server (from this module's
 * target/) and a fake jar per service: start, health waits, environment, mail, kill -9 and restart, graceful stop,
 * data reuse, busy port.
 */
class PlatformIT {

    @TempDir
    static Path root;

    @BeforeAll
    static void fakeRepository() throws Exception {
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(root.resolve("infra/devstack"));
        Files.createSymbolicLink(root.resolve("infra/devstack/target"), target);
        byte[] fakeClass = Files.readAllBytes(target.resolve("test-classes/org/rematch/devstack/FakeService.class"));
        for (String service : Platform.SERVICES) {
            Path jar = Files.createDirectories(root.resolve("services/" + service + "/target")).resolve(service + ".jar");
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
                out.putNextEntry(new JarEntry("org/rematch/devstack/FakeService.class"));
                out.write(fakeClass);
                out.closeEntry();
            }
        }
    }

    @Test
    void startsKillsRestartsStopsAndReusesData() throws Exception {
        Path data = root.resolve("data");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        Settings settings = withOut(Settings.forTests(root, data, "admin@example.org", "test-admin-password"), progress);

        try (Platform platform = Platform.start(settings)) {
            assertThat(platform.components()).allMatch(platform::isUp);
            String text = progress.toString(StandardCharsets.UTF_8);
            assertThat(text).contains("[1/9] kafka", "[4/9] profiles", "[9/9]", "formatted Kafka storage",
                    "Rematch is up in", platform.url("gateway"),
                    "Mail (dev): " + platform.mailboxUrl() + " — every email the platform sends lands here");
            assertThat(text).containsPattern("\\[[23]/9] mongo ").containsPattern("\\[[23]/9] mail ");

            String gatewayEnv = get(platform.url("gateway") + "/env");
            assertThat(gatewayEnv).contains("REMATCH_MATCHING_URL=http://localhost:" + platform.ports().matching(),
                    "KAFKA_BOOTSTRAP=127.0.0.1:" + platform.ports().kafka(),
                    "MONGODB_URI=mongodb://127.0.0.1:" + platform.ports().mongo(),
                    "REMATCH_JWKS_URI=http://localhost:" + platform.ports().profiles() + "/.well-known/jwks.json");
            assertThat(get(platform.url("profiles") + "/env")).contains("REMATCH_ADMIN_PASSWORD=test-admin-password");
            assertThat(get(platform.url("notifications") + "/env")).contains("SPRING_MAIL_HOST=localhost",
                    "SPRING_MAIL_PORT=" + platform.ports().mail(),
                    "REMATCH_NOTIFICATIONS_PUBLIC_URL=" + platform.url("gateway"));

            TestMail.send(platform.ports().mail(), "no-reply@rematch.local", "amina@example.org", "Welcome",
                    "Hello Amina", "<p>Hello Amina</p>");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(get(platform.mailboxUrl()
                    + "/messages.json")).contains("\"to\":[\"amina@example.org\"]", "\"text\":\"Hello Amina\""));
            assertThat(get(platform.mailboxUrl())).contains("Welcome", "/messages/1/html");

            platform.kill("matching");
            assertThat(platform.isRunning("matching")).isFalse();
            assertThat(platform.isUp("matching")).isFalse();
            platform.start("matching");
            assertThat(platform.isUp("matching")).isTrue();
            assertThat(Files.readString(platform.logFile("matching"))).contains("fake service up").contains("==== devstack");
        }
        assertThat(PortCheck.isFree(settings.ports().kafka())).isTrue();
        assertThat(PortCheck.isFree(settings.ports().gateway())).isTrue();
        assertThat(PortCheck.isFree(settings.ports().mail())).isTrue();
        assertThat(PortCheck.isFree(settings.ports().mailbox())).isTrue();
        String clusterId = Files.readString(data.resolve("kafka/data/meta.properties"));

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        try (Platform again = Platform.start(withOut(settings.withPorts(Ports.free()), second))) {
            assertThat(again.isUp("kafka")).isTrue();
        }
        assertThat(second.toString(StandardCharsets.UTF_8)).doesNotContain("formatted Kafka storage");
        assertThat(Files.readString(data.resolve("kafka/data/meta.properties"))).isEqualTo(clusterId);
        assertThat(data.resolve("mongo")).isNotEmptyDirectory();
    }

    @Test
    void aBusyPortStopsTheStartWithOneClearLine() throws Exception {
        Settings settings = Settings.forTests(root, root.resolve("busy"), "a@b.c", "pw-pw-pw-pw-pw");
        try (ServerSocket busy = new ServerSocket(settings.ports().matching(), 50, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> Platform.start(settings))
                    .isInstanceOf(PlatformException.class)
                    .hasMessage("Port " + busy.getLocalPort() + " (matching) is already in use — stop what uses it or set REMATCH_PORT_MATCHING");
        }
    }

    private static Settings withOut(Settings s, ByteArrayOutputStream sink) {
        PrintStream both = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                sink.write(b);
                System.out.write(b);
            }
        }, true, StandardCharsets.UTF_8);
        return new Settings(s.root(), s.dataDir(), s.ports(), s.externalKafka(), s.externalMongo(), s.externalMail(),
                s.adminEmail(), s.adminPassword(), s.serviceJvmOptions(), Duration.ofSeconds(60), both);
    }

    private static String get(String url) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
