package org.rematch.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The bootstrap admin's password: never a default in the repository. Taken from REMATCH_ADMIN_PASSWORD when set;
 * otherwise generated at the first start, stored in {@code <data>/admin-password} (readable by the owner only)
 * and reused later.
 */
public final class AdminPassword {

    public static final String FILE_NAME = "admin-password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AdminPassword() {
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** The stored password, or a newly generated one that is stored first. */
    public static String loadOrCreate(Path dataDir) throws IOException {
        Path file = file(dataDir);
        if (Files.exists(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!stored.isEmpty()) {
                return stored;
            }
        }
        Files.createDirectories(dataDir);
        String password = generate();
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException ignored) {
            // an empty file: overwrite below
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        return password;
    }

    /** 24 random URL-safe characters (144 bits). */
    static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
