package org.rematch.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminPasswordTest {

    @TempDir
    Path dataDir;

    @Test
    void generatedOnceStoredOwnerOnlyAndReused() throws Exception {
        String first = AdminPassword.loadOrCreate(dataDir.resolve("nested"));
        Path file = AdminPassword.file(dataDir.resolve("nested"));

        assertThat(first).hasSize(24).matches("[A-Za-z0-9_-]+");
        assertThat(Files.readString(file).trim()).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(AdminPassword.loadOrCreate(dataDir.resolve("nested"))).isEqualTo(first);
    }

    @Test
    void differentDataDirsGetDifferentPasswords() throws Exception {
        assertThat(AdminPassword.loadOrCreate(dataDir.resolve("a")))
                .isNotEqualTo(AdminPassword.loadOrCreate(dataDir.resolve("b")));
    }

    @Test
    void anEmptyFileIsReplaced() throws Exception {
        Files.writeString(AdminPassword.file(dataDir), "\n");
        assertThat(AdminPassword.loadOrCreate(dataDir)).hasSize(24);
    }
}
