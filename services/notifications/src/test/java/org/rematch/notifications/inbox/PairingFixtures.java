package org.rematch.notifications.inbox;

import java.util.UUID;
import org.rematch.contracts.Fixtures;

/** The contracts fixtures of matching.pairings events, retold about a pairing, mentee and mentor of the test's own. */
record PairingFixtures(String pairing, String mentee, String mentor) {

    static final String FIXTURE_PAIRING = "7e3b1c9a-5d2f-4a8e-b6c4-1f0e9d8c7b6a";
    static final String FIXTURE_MENTEE = "a1f6c7e2-0d55-4a4e-9a39-6f6f0f1d2b11";
    static final String FIXTURE_MENTOR = "5b0e3a52-7c2d-4e0f-8a1b-2c3d4e5f6a7b";

    static PairingFixtures fresh() {
        return new PairingFixtures(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    /** The fixture of an event type, about these ids. */
    String json(Class<?> type) {
        return Fixtures.json(type).replace(FIXTURE_PAIRING, pairing).replace(FIXTURE_MENTEE, mentee).replace(FIXTURE_MENTOR, mentor);
    }

    /**
     * The ForumsRecommended fixture as it reads for a mentee the forums invite (the fixture's mentee asked to be joined,
     * and hears of each join from forums.activity instead).
     */
    static String inviting(String forumsRecommended) {
        return forumsRecommended.replace("\"joining\": \"JOIN_AUTOMATICALLY\"", "\"joining\": \"INVITE\"");
    }
}
