package org.rematch.devstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What to start and how.
 *
 * @param root            the repository root (services/*&#47;target/*.jar, infra/devstack/target/kafka-lib)
 * @param dataDir         Kafka storage, the Mongo H2 file, logs, the admin password
 * @param ports           every port, from one place
 * @param externalKafka   bootstrap servers of an existing cluster, or null to start the embedded broker
 * @param externalMongo   URI of an existing MongoDB, or null to start the embedded server
 * @param externalMail    the SMTP server of SPRING_MAIL_HOST (with SPRING_MAIL_PORT when set; shown to the person,
 *                        the services read the variables themselves), or null to start the development mail server
 * @param adminEmail      the bootstrap admin's e-mail
 * @param adminPassword   the bootstrap admin's password, or null: stored in / generated into {@code <data>/admin-password}
 * @param serviceJvmOptions JVM options of each service process (heap limit so 8 JVMs fit)
 * @param startTimeout    how long one component may take to become healthy
 * @param out             where progress goes
 */
public record Settings(Path root, Path dataDir, Ports ports, String externalKafka, String externalMongo,
                       String externalMail, String adminEmail, String adminPassword, List<String> serviceJvmOptions,
                       Duration startTimeout, PrintStream out) {

    public static final String DEFAULT_ADMIN_EMAIL = "admin@rematch.local";
    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-Xmx384m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(240);

    public Settings {
        root = root.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
    }

    /**
     * The CLI's settings: REMATCH_DATA (default {@code <root>/.devstack}), REMATCH_PORT_&lt;NAME&gt;, KAFKA_BOOTSTRAP,
     * MONGODB_URI, SPRING_MAIL_HOST (and SPRING_MAIL_PORT), REMATCH_ADMIN_EMAIL, REMATCH_ADMIN_PASSWORD, REMATCH_JAVA_OPTS, REMATCH_START_TIMEOUT (seconds).
     */
    public static Settings fromEnv(Map<String, String> env, Path root, PrintStream out) {
        Path dataDir = present(env.get("REMATCH_DATA")) ? Path.of(env.get("REMATCH_DATA")) : root.resolve(".devstack");
        List<String> jvmOptions = present(env.get("REMATCH_JAVA_OPTS"))
                ? Arrays.asList(env.get("REMATCH_JAVA_OPTS").trim().split("\\s+"))
                : DEFAULT_JVM_OPTIONS;
        Duration timeout = DEFAULT_START_TIMEOUT;
        if (present(env.get("REMATCH_START_TIMEOUT"))) {
            try {
                timeout = Duration.ofSeconds(Long.parseLong(env.get("REMATCH_START_TIMEOUT").trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("REMATCH_START_TIMEOUT=" + env.get("REMATCH_START_TIMEOUT")
                        + " is not a number of seconds");
            }
        }
        return new Settings(root, dataDir, Ports.fromEnv(env),
                blankToNull(env.get("KAFKA_BOOTSTRAP")), blankToNull(env.get("MONGODB_URI")), externalMail(env),
                present(env.get("REMATCH_ADMIN_EMAIL")) ? env.get("REMATCH_ADMIN_EMAIL").trim() : DEFAULT_ADMIN_EMAIL,
                blankToNull(env.get("REMATCH_ADMIN_PASSWORD")), jvmOptions, timeout, out);
    }

    /** For tests: free ports, embedded Kafka, Mongo and mail server, a known admin password. */
    public static Settings forTests(Path root, Path dataDir, String adminEmail, String adminPassword) {
        return new Settings(root, dataDir, Ports.free(), null, null, null, adminEmail, adminPassword,
                DEFAULT_JVM_OPTIONS, DEFAULT_START_TIMEOUT, System.out);
    }

    public Settings withPorts(Ports newPorts) {
        return new Settings(root, dataDir, newPorts, externalKafka, externalMongo, externalMail, adminEmail,
                adminPassword, serviceJvmOptions, startTimeout, out);
    }

    public Settings withStartTimeout(Duration timeout) {
        return new Settings(root, dataDir, ports, externalKafka, externalMongo, externalMail, adminEmail,
                adminPassword, serviceJvmOptions, timeout, out);
    }

    public boolean embeddedKafka() {
        return externalKafka == null;
    }

    public boolean embeddedMongo() {
        return externalMongo == null;
    }

    public boolean embeddedMail() {
        return externalMail == null;
    }

    public String kafkaBootstrap() {
        return embeddedKafka() ? "127.0.0.1:" + ports.kafka() : externalKafka;
    }

    public String mongoUri() {
        return embeddedMongo() ? "mongodb://127.0.0.1:" + ports.mongo() : externalMongo;
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    private static String externalMail(Map<String, String> env) {
        String host = blankToNull(env.get("SPRING_MAIL_HOST"));
        String port = blankToNull(env.get("SPRING_MAIL_PORT"));
        return host == null || port == null ? host : host + ":" + port;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return present(value) ? value.trim() : null;
    }
}
