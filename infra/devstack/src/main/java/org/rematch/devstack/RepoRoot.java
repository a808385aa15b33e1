package org.rematch.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the repository root: the directory holding pom.xml and services/. */
public final class RepoRoot {

    /** Set by the ./rematch script; wins over the search. */
    public static final String PROPERTY = "rematch.root";

    private RepoRoot() {
    }

    public static Path locate() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path cwd = Path.of("").toAbsolutePath();
        return search(cwd).orElseThrow(() -> new PlatformException(
                "Cannot find the Rematch repository (a directory with pom.xml and services/) from " + cwd
                        + " — run from inside the repository or set -D" + PROPERTY + "=<path>"));
    }

    /** Walks up from {@code start} to the first directory containing pom.xml and services/. */
    public static Optional<Path> search(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("services"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
