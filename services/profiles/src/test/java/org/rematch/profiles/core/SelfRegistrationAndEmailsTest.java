package org.rematch.profiles.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelfRegistrationAndEmailsTest {

    @Test
    void onlyMenteesAndMentorsRegisterThemselves() {
        assertThat(SelfRegistration.allowed("MENTEE")).isTrue();
        assertThat(SelfRegistration.allowed("MENTOR")).isTrue();
        assertThat(SelfRegistration.allowed("MODERATOR")).isFalse();
        assertThat(SelfRegistration.allowed("ADMIN")).isFalse();
        assertThat(SelfRegistration.allowed("mentee")).isFalse();
        assertThat(SelfRegistration.allowed(null)).isFalse();
    }

    @Test
    void emailsAreComparedTrimmedAndLowerCased() {
        assertThat(Emails.normalize("  Amina.Khan@Example.ORG ")).isEqualTo("amina.khan@example.org");
        assertThat(Emails.normalize(null)).isNull();
    }
}
