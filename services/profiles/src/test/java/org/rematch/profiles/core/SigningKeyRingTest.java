package org.rematch.profiles.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rematch.profiles.core.SigningKeyRing.Key;

class SigningKeyRingTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private static Key current(String kid, Instant createdAt) {
        return new Key(kid, "{}", createdAt, null);
    }

    @Test
    void aSuccessorRetiresTheCurrentKeyAndSignsFromThenOn() {
        Instant rotation = T0.plus(Duration.ofDays(30));
        SigningKeyRing ring = new SigningKeyRing(List.of(current("a", T0)));

        SigningKeyRing rotated = ring.succeededBy(current("b", rotation), rotation);

        assertThat(rotated.current().kid()).isEqualTo("b");
        assertThat(rotated.keys()).extracting(Key::kid, Key::retiredAt)
                .containsExactly(tuple("a", rotation), tuple("b", null));
    }

    @Test
    void aRetiredKeyVerifiesUntilEveryTokenItSignedHasExpiredThenIsDropped() {
        Instant retired = T0.plus(Duration.ofDays(30));
        SigningKeyRing ring = new SigningKeyRing(List.of(new Key("a", "{}", T0, retired), current("b", retired)));

        assertThat(ring.pruned(retired.plus(AccessTokenClaims.LIFETIME)).keys()).extracting(Key::kid).containsExactly("a", "b");
        assertThat(ring.pruned(retired.plus(SigningKeyRing.RETENTION)).keys()).extracting(Key::kid).containsExactly("b");
        assertThat(SigningKeyRing.RETENTION).isGreaterThan(AccessTokenClaims.LIFETIME);
    }

    @Test
    void aKeyIsDueForRotationOnceItHasSignedForItsLifetime() {
        SigningKeyRing ring = new SigningKeyRing(List.of(current("a", T0)));
        Duration lifetime = Duration.ofDays(30);

        assertThat(ring.dueForRotation(lifetime, T0.plus(lifetime).minusSeconds(1))).isFalse();
        assertThat(ring.dueForRotation(lifetime, T0.plus(lifetime))).isTrue();
    }

    @Test
    void succeedingByAKeyOfTheSameKidReplacesItRatherThanKeepingTwo() {
        SigningKeyRing ring = new SigningKeyRing(List.of(current("configured", T0)));

        SigningKeyRing again = ring.succeededBy(current("configured", T0.plusSeconds(60)), T0.plusSeconds(60));

        assertThat(again.keys()).singleElement().satisfies(key -> assertThat(key.createdAt()).isEqualTo(T0.plusSeconds(60)));
    }

    @Test
    void aRingWithoutACurrentKeyIsAnError() {
        SigningKeyRing retiredOnly = new SigningKeyRing(List.of(new Key("a", "{}", T0, T0.plusSeconds(1))));

        assertThatThrownBy(retiredOnly::current).isInstanceOf(IllegalStateException.class);
    }
}
