package org.rematch.profiles.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class VersionTagTest {

    @Property
    void aTagReadsBackAsItsVersion(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 10) long version) {
        assertThat(VersionTag.parse(VersionTag.of(version))).hasValue(version);
        assertThat(VersionTag.parse("W/" + VersionTag.of(version))).hasValue(version);
    }

    @Test
    void anythingElseNamesNoVersion() {
        assertThat(VersionTag.parse(null)).isEmpty();
        assertThat(VersionTag.parse("*")).isEmpty();
        assertThat(VersionTag.parse("3")).isEmpty();
        assertThat(VersionTag.parse("\"3\", \"4\"")).isEmpty();
        assertThat(VersionTag.parse("\"abc\"")).isEmpty();
        assertThat(VersionTag.parse("\"99999999999999999999\"")).isEmpty();
    }
}
