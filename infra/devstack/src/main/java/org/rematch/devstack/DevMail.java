package org.rematch.devstack;

import java.io.File;
import java.nio.file.Path;

/**
 * How the platform runs the development mail server ({@code mail.DevMailServer}: GreenMail's SMTP, the mailbox page).
 * <p>
 * It runs as its own process, like the embedded Mongo, rather than inside the launcher: GreenMail logs through SLF4J,
 * so in the launcher its lines would land in the progress output (or need a logging setup the launcher has no other
 * use for), while as a process it logs to {@code logs/mail.log} like every other component; the launcher's class
 * path, which the system tests share as a library, stays free of jakarta.mail and logging jars; and it can be killed
 * and restarted like any component, so a test can take SMTP away. The cost is one small JVM, started
 * alongside Mongo. Its class path is devstack.jar (whose manifest brings Jackson) plus the jars the build copies to
 * {@code infra/devstack/target/mail-lib}.
 */
final class DevMail {

    /** By name: its GreenMail types are not on the launcher's class path. */
    private static final String MAIN_CLASS = "org.rematch.devstack.mail.DevMailServer";

    private final Settings settings;

    DevMail(Settings settings) {
        this.settings = settings;
    }

    Path launcherJar() {
        return settings.root().resolve("infra/devstack/target/devstack.jar");
    }

    Path libDir() {
        return settings.root().resolve("infra/devstack/target/mail-lib");
    }

    ProcessBuilder command(String java) {
        Ports ports = settings.ports();
        String classPath = launcherJar() + File.pathSeparator + libDir().toAbsolutePath() + "/*";
        return new ProcessBuilder(java, "-Xmx128m", "-XX:+UseSerialGC", "-cp", classPath,
                MAIN_CLASS, String.valueOf(ports.mail()), String.valueOf(ports.mailbox()));
    }
}
