package org.rematch.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every port of the platform, in one place. {@link #defaults()} are the documented ports; {@link #fromEnv(Map)}
 * applies {@code REMATCH_PORT_<NAME>} overrides (e.g. REMATCH_PORT_MATCHING, REMATCH_PORT_KAFKA_CONTROLLER);
 * {@link #free()} picks unused ports for tests. {@code mail} (SMTP) and {@code mailbox} (the page that shows what
 * arrived) belong to the development mail server.
 */
public record Ports(int gateway, int profiles, int mentorDirectory, int matching, int forums, int notifications,
                    int kafka, int kafkaController, int mongo, int mail, int mailbox) {

    public static final String KAFKA = "kafka";
    public static final String KAFKA_CONTROLLER = "kafka-controller";
    public static final String MONGO = "mongo";
    public static final String MAIL = "mail";
    public static final String MAILBOX = "mailbox";

    public static Ports defaults() {
        return new Ports(8080, 8081, 8082, 8083, 8084, 8085, 9092, 9093, 27017, 3025, 8025);
    }

    /** The defaults with any {@code REMATCH_PORT_<NAME>} variable applied. */
    public static Ports fromEnv(Map<String, String> env) {
        Map<String, Integer> ports = defaults().byName();
        for (Map.Entry<String, Integer> entry : ports.entrySet()) {
            String variable = envName(entry.getKey());
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                entry.setValue(parse(variable, value.trim()));
            }
        }
        return fromMap(ports);
    }

    /** Ports nobody listens on right now (for tests: several platforms or a developer's platform may coexist). */
    public static Ports free() {
        List<ServerSocket> held = new ArrayList<>();
        try {
            Map<String, Integer> ports = defaults().byName();
            for (Map.Entry<String, Integer> entry : ports.entrySet()) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                entry.setValue(socket.getLocalPort());
            }
            return fromMap(ports);
        } catch (IOException e) {
            throw new UncheckedIOException("could not find free ports", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    /** The environment variable that overrides the port of a component: {@code mentor-directory → REMATCH_PORT_MENTOR_DIRECTORY}. */
    public static String envName(String component) {
        return "REMATCH_PORT_" + component.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Component name → port, in start order of the infrastructure then the services. */
    public Map<String, Integer> byName() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put(KAFKA, kafka);
        map.put(KAFKA_CONTROLLER, kafkaController);
        map.put(MONGO, mongo);
        map.put(MAIL, mail);
        map.put(MAILBOX, mailbox);
        map.put("profiles", profiles);
        map.put("mentor-directory", mentorDirectory);
        map.put("forums", forums);
        map.put("matching", matching);
        map.put("notifications", notifications);
        map.put("gateway", gateway);
        return map;
    }

    public int of(String component) {
        Integer port = byName().get(component);
        if (port == null) {
            throw new IllegalArgumentException("unknown component: " + component);
        }
        return port;
    }

    private static Ports fromMap(Map<String, Integer> m) {
        return new Ports(m.get("gateway"), m.get("profiles"), m.get("mentor-directory"), m.get("matching"),
                m.get("forums"), m.get("notifications"), m.get(KAFKA), m.get(KAFKA_CONTROLLER), m.get(MONGO),
                m.get(MAIL), m.get(MAILBOX));
    }

    private static int parse(String variable, String value) {
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + "=" + value + " is not a port number");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(variable + "=" + value + " is not a port number (1-65535)");
        }
        return port;
    }
}
