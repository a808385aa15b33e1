package org.rematch.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.rematch.devstack.Platform;
import org.rematch.devstack.RepoRoot;
import org.rematch.devstack.Settings;

/**
 * Starts the platform exactly as devstack does (separate processes, real Kafka broker, embedded Mongo) once for the
 * whole suite: free ports, a temporary data directory, a known admin password. It is stopped when the suite ends
 * (the root extension context closes it) and, failing that, by the platform's shutdown hook. When a test fails,
 * the tail of every service log is printed.
 */
public final class SystemUnderTest implements BeforeAllCallback, TestWatcher {

    static final String ADMIN_EMAIL = "admin@rematch.test";
    static final String ADMIN_PASSWORD = "system-test-admin-" + UUID.randomUUID();

    private static volatile Platform platform;
    /** A failed start is not retried by the next test class: it fails at once with the same cause. */
    private static volatile RuntimeException startFailure;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (startFailure != null) {
            throw new IllegalStateException("the platform failed to start earlier in this suite: "
                    + startFailure.getMessage().lines().findFirst().orElse(""), startFailure);
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Running.class, key -> start(), Running.class);
    }

    /** Stopped when the root context closes, i.e. after the last test class. */
    record Running(Platform platform) implements AutoCloseable {
        @Override
        public void close() {
            platform.stop();
        }
    }

    private static Running start() {
        try {
            // under target/: kept for diagnosis (logs/<service>.log), removed by mvn clean, easy to collect in CI
            Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "platform-");
            Settings settings = Settings.forTests(RepoRoot.locate(), data, ADMIN_EMAIL, ADMIN_PASSWORD)
                    .withStartTimeout(Duration.ofSeconds(300));
            Instant begin = Instant.now();
            try {
                platform = Platform.start(settings);
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            System.out.printf("%n>>> The platform took %.1f s to start (%d processes, data in %s)%n%n",
                    Duration.between(begin, Instant.now()).toMillis() / 1000.0, platform.components().size(), data);
            return new Running(platform);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Platform platform() {
        return platform;
    }

    static Http gateway() {
        return new Http(platform.url("gateway"));
    }

    /** The development mailbox's URL: GET {@code /messages.json} lists every email the platform sent, newest first. */
    static String mailbox() {
        return platform.mailboxUrl();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (platform == null) {
            return;
        }
        System.out.println("\n>>> " + context.getDisplayName() + " failed: " + cause);
        for (String service : List.of("gateway", "profiles", "mentor-directory", "forums", "matching", "notifications")) {
            System.out.println("----- tail of " + platform.logFile(service) + " -----");
            System.out.println(platform.tail(service, 40));
        }
    }
}
