package org.rematch.matching;

import org.junit.jupiter.api.BeforeEach;
import org.rematch.testsupport.ServiceTestBase;

/** The running matching service and a fresh {@link MatchingHarness} per test. Subclasses carry {@code @RematchServiceTest}. */
abstract class MatchingServiceTest extends ServiceTestBase {

    MatchingHarness harness;

    @BeforeEach
    void newHarness() {
        harness = new MatchingHarness(bootstrapServers, mongo, port);
    }
}
