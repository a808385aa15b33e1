package org.rematch.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON fixture of each event type, shared by producer and consumer tests through the contracts test-jar. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The fixture of an event record class, e.g. {@code fixtures/PairingProposed.json}. */
    public static String json(Class<?> eventClass) {
        String path = "/fixtures/" + eventClass.getSimpleName() + ".json";
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
