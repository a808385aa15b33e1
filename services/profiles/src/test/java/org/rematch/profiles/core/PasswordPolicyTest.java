package org.rematch.profiles.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void twelveCharactersIsTheMinimum() {
        assertThat(PasswordPolicy.problem("elevenchars")).contains("must be at least 12 characters");
        assertThat(PasswordPolicy.acceptable("twelve-chars")).isTrue();
        assertThat(PasswordPolicy.problem("")).isPresent();
        assertThat(PasswordPolicy.problem(null)).isPresent();
    }

    @Test
    void charactersAreCountedNotBytesNorUtf16Units() {
        assertThat(PasswordPolicy.acceptable("🔑".repeat(12))).isTrue();
        assertThat(PasswordPolicy.acceptable("🔑".repeat(11))).isFalse();
    }

    @Test
    void moreThan72BytesIsRefusedBecauseBcryptCannotHashIt() {
        assertThat(PasswordPolicy.acceptable("a".repeat(72))).isTrue();
        assertThat(PasswordPolicy.problem("a".repeat(73))).contains("must be at most 72 bytes");
        assertThat(PasswordPolicy.acceptable("é".repeat(37))).isFalse();
        assertThat(PasswordPolicy.checkable("a".repeat(73))).isFalse();
        assertThat(PasswordPolicy.checkable("short")).isTrue();
    }

    @Property
    void asciiPasswordsAreAcceptedExactlyFrom12To72(@ForAll @AlphaChars @StringLength(max = 100) String password) {
        assertThat(PasswordPolicy.acceptable(password)).isEqualTo(password.length() >= 12 && password.length() <= 72);
    }
}
