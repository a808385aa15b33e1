package org.rematch.devstack.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.rematch.population.Login;

/** The three logins demo mode hands out: one mentee (with a likely proposal), one mentor, the moderator. */
public record DemoLogins(Login mentee, Login mentor, Login moderator) {

    public static final String FILE_NAME = "demo-logins.txt";

    /** The block printed at the end of seeding and stored in {@code <data>/demo-logins.txt}. */
    public String text() {
        return String.join("\n",
                "Demo logins (password after the e-mail):",
                line("mentee", mentee),
                line("mentor", mentor),
                line("moderator", moderator),
                "");
    }

    private static String line(String role, Login login) {
        return String.format("  %-10s %s  %s   (%s)", role, login.email(), login.password(), login.displayName());
    }

    /** Writes {@link #text()} to the file, readable by the owner only (it holds passwords). */
    public void writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text(), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }
}
