package org.rematch.devstack;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.rematch.devstack.demo.DemoMode;
import org.rematch.devstack.demo.DemoSeeder;
import org.rematch.population.Sizes;

/** {@code ./rematch}: starts the platform, prints each URL, runs until Ctrl-C, then stops everything cleanly. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.println(USAGE);
            return;
        }
        Optional<Sizes> demo = Optional.empty();
        for (String arg : args) {
            Optional<Sizes> sizes;
            try {
                sizes = DemoMode.parseArgument(arg);
            } catch (IllegalArgumentException e) {
                err.println("Bad " + DemoMode.ARGUMENT + " sizes: " + e.getMessage() + "\n" + USAGE);
                System.exit(2);
                return;
            }
            if (sizes.isEmpty()) {
                err.println("Unknown argument: " + arg + "\n" + USAGE);
                System.exit(2);
            }
            demo = sizes;
        }
        Settings settings;
        try {
            settings = Settings.fromEnv(System.getenv(), RepoRoot.locate(), out);
        } catch (IllegalArgumentException | PlatformException e) {
            err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Platform platform;
        try {
            platform = Platform.start(settings);
        } catch (PlatformException e) {
            err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Platform started = platform;
        demo.ifPresent(sizes -> seedDemo(started, sizes, out, err));
        // Platform registered a shutdown hook: Ctrl-C (SIGINT) or SIGTERM stops every process cleanly.
        out.println("Press Ctrl-C to stop.");
        new CountDownLatch(1).await();
    }

    /** Seeds the demo population; a failure is reported but the platform keeps running. */
    private static void seedDemo(Platform platform, Sizes sizes, PrintStream out, PrintStream err) {
        Settings settings = platform.settings();
        try {
            DemoMode.seedOnce(settings.dataDir(), sizes, new DemoSeeder(platform.url("gateway"), settings.adminEmail(),
                    platform.adminPassword(), out, DemoSeeder.DEFAULT_PARALLELISM), out);
        } catch (PlatformException | IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("The platform keeps running; start again with " + DemoMode.ARGUMENT + " to finish seeding.");
        }
    }

    private static final String USAGE = """
            Usage: ./rematch      start Kafka, MongoDB, a development mail server and every Rematch service; Ctrl-C
                                  stops them all. Every email lands in the mailbox at http://localhost:8025 (kept
                                  in memory: gone after a restart; /messages.json has the same as JSON).
                   ./rematch --demo[=mentors:300,forums:20,mentees:50]
                                  the same, then (once per data directory) seed a synthetic population through the
                                  gateway: a moderator, forums, mentors with listings, mentees with paths; prints
                                  one mentee, one mentor and the moderator login and writes them to
                                  <data>/demo-logins.txt. Sizes left out keep the defaults shown.

            Environment:
              REMATCH_DATA               data directory (default <repo>/.devstack): Kafka storage, Mongo file, logs
              REMATCH_PORT_<NAME>        override a port, e.g. REMATCH_PORT_GATEWAY=9080, REMATCH_PORT_KAFKA_CONTROLLER
                                         (defaults: gateway 8080, profiles 8081, mentor-directory 8082, matching 8083,
                                          forums 8084, notifications 8085, kafka 9092 + 9093, mongo 27017,
                                          mail 3025 (SMTP), mailbox 8025 (the page))
              KAFKA_BOOTSTRAP            use this Kafka cluster instead of starting a broker
              MONGODB_URI                use this MongoDB instead of the embedded server
              SPRING_MAIL_HOST           send email through this SMTP server instead of the development one; the
                                         notifications service also reads SPRING_MAIL_PORT, SPRING_MAIL_USERNAME,
                                         SPRING_MAIL_PASSWORD and any other SPRING_MAIL_* from this environment
              REMATCH_ADMIN_EMAIL        bootstrap admin (default admin@rematch.local)
              REMATCH_ADMIN_PASSWORD     its password (default: generated once into <data>/admin-password)
              REMATCH_JAVA_OPTS          JVM options of each service (default -Xmx384m -XX:+UseSerialGC ...)
              REMATCH_START_TIMEOUT      seconds one component may take to become healthy (default 240)""";
}
