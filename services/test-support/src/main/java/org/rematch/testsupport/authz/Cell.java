package org.rematch.testsupport.authz;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a row's request is made in a given world: the concrete path (ids filled in), the body if any, extra headers. */
public record Cell(String path, String body, Map<String, String> headers) {

    public Cell {
        headers = Map.copyOf(headers);
    }

    public static Cell of(String path) {
        return new Cell(path, null, Map.of());
    }

    public static Cell of(String path, String body) {
        return new Cell(path, body, Map.of());
    }

    /** The same request with one more header, e.g. the If-Match an optimistic update needs. */
    public Cell withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Cell(path, body, more);
    }

    /** Sets up what the row is about (the mentee's profile, the mentor's pairing...) and returns the request. */
    @FunctionalInterface
    public interface Setup {
        Cell prepare(World world);
    }
}
