package org.rematch.kit.trace;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The W3C traceparent of the work this thread is doing (an HTTP request or a consumed event), so events it causes
 * carry the same trace id and one registration can be followed across services.
 */
public final class TraceContext {

    private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TraceContext() {
    }

    /** Continues the given trace, or starts a new one when it is absent or malformed. */
    public static void enter(String traceparent) {
        CURRENT.set(traceparent != null && TRACEPARENT.matcher(traceparent).matches() ? traceparent : newTrace());
    }

    public static void leave() {
        CURRENT.remove();
    }

    public static String current() {
        return CURRENT.get();
    }

    /** A new span in the current trace (or in a new trace outside any). */
    public static String childOfCurrent() {
        String parent = CURRENT.get();
        String traceId = parent == null ? hex(16) : parent.substring(3, 35);
        return "00-" + traceId + "-" + hex(8) + "-01";
    }

    private static String newTrace() {
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    private static String hex(int bytes) {
        StringBuilder hex = new StringBuilder(bytes * 2);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < bytes; i++) {
            hex.append(String.format("%02x", random.nextInt(256)));
        }
        return hex.toString();
    }
}
