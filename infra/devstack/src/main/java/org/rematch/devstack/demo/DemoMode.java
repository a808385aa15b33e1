package org.rematch.devstack.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Optional;
import org.rematch.devstack.PlatformException;
import org.rematch.population.Population;
import org.rematch.population.Sizes;

/**
 * {@code ./rematch --demo[=mentors:300,forums:20,mentees:50]}: once the platform is up, seed a synthetic population
 * through the gateway, once per data directory. The population's seed is random at the first demo start and kept in
 * {@code <data>/demo-seed} (so a stopped run resumes with the same people and nobody can guess the passwords); the
 * marker {@code <data>/demo-seeded} records what was seeded; {@code <data>/demo-logins.txt} holds the logins.
 */
public final class DemoMode {

    public static final String ARGUMENT = "--demo";
    public static final String SEED_FILE = "demo-seed";
    public static final String MARKER_FILE = "demo-seeded";

    /** The logins, and whether this call seeded (false: the data directory was seeded before). */
    public record Outcome(DemoLogins logins, boolean seededNow) {
    }

    private DemoMode() {
    }

    /** {@code --demo} → the default sizes, {@code --demo=mentors:12,forums:3,mentees:5} → those; anything else → empty. */
    public static Optional<Sizes> parseArgument(String argument) {
        if (argument.equals(ARGUMENT)) {
            return Optional.of(Sizes.DEMO);
        }
        if (argument.startsWith(ARGUMENT + "=")) {
            return Optional.of(Sizes.parse(argument.substring(ARGUMENT.length() + 1), Sizes.DEMO));
        }
        return Optional.empty();
    }

    /** Seeds unless {@code dataDir} says it was seeded already; either way prints and returns the logins. */
    public static Outcome seedOnce(Path dataDir, Sizes sizes, DemoSeeder seeder, PrintStream out) {
        try {
            Path marker = dataDir.resolve(MARKER_FILE);
            long seed = loadOrCreateSeed(dataDir);
            int year = Year.now(ZoneOffset.UTC).getValue();
            Outcome outcome;
            if (Files.exists(marker)) {
                Sizes seeded = Sizes.parse(Files.readString(marker, StandardCharsets.UTF_8).lines().findFirst().orElse(""), sizes);
                out.println("Demo data was seeded before (" + seeded + "; " + marker + "): not seeding again.");
                outcome = new Outcome(DemoSeeder.logins(Population.generate(seed, seeded, year)), false);
            } else {
                out.println("Seeding demo data through the gateway: 1 moderator, " + sizes.forums() + " forums, "
                        + sizes.mentors() + " mentors, " + sizes.mentees() + " mentees …");
                outcome = new Outcome(seeder.seed(Population.generate(seed, sizes, year)), true);
                Files.writeString(marker, sizes + "\n", StandardCharsets.UTF_8);
            }
            Path loginsFile = dataDir.resolve(DemoLogins.FILE_NAME);
            outcome.logins().writeTo(loginsFile);
            out.println();
            out.print(outcome.logins().text());
            out.println("  (also in " + loginsFile + ")");
            out.println();
            return outcome;
        } catch (IOException e) {
            throw new PlatformException("Demo mode cannot write to " + dataDir + ": " + e.getMessage(), e);
        }
    }

    static long loadOrCreateSeed(Path dataDir) throws IOException {
        Path file = dataDir.resolve(SEED_FILE);
        if (Files.exists(file)) {
            try {
                return Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim());
            } catch (NumberFormatException e) {
                throw new PlatformException(file + " does not hold a seed (a number); delete it and the demo data directory");
            }
        }
        Files.createDirectories(dataDir);
        long seed = new SecureRandom().nextLong();
        Files.writeString(file, seed + "\n", StandardCharsets.UTF_8);
        try {
            // the seed regenerates the passwords: as private as the logins file
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        return seed;
    }
}
