package org.rematch.testsupport.authz;

/** How a row's request is made in a given world: the concrete path (ids filled in) and the body, if any. */
public record Cell(String path, String body) {

    public static Cell of(String path) {
        return new Cell(path, null);
    }

    public static Cell of(String path, String body) {
        return new Cell(path, body);
    }

    /** Sets up what the row is about (the mentee's profile, the mentor's pairing...) and returns the request. */
    @FunctionalInterface
    public interface Setup {
        Cell prepare(World world);
    }
}
