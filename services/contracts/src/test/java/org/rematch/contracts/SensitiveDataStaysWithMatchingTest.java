package org.rematch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Mentees' attempts, visa and exam history are for matching alone, and secrets are for no topic at all: the events on
 * every channel that forums or notifications read (per docs/asyncapi.yaml's operations) carry no such field.
 */
class SensitiveDataStaysWithMatchingTest {

    private static final Set<String> NOT_TRUSTED_WITH_PATH_DATA = Set.of("forums", "notifications");
    private static final Pattern SENSITIVE = Pattern.compile("(?i).*(password|hash|token|secret|exam|usmle|visa|attempt).*");
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|hash|token|secret).*");

    private static Map<String, Object> asyncApi;

    @BeforeAll
    static void readDocument() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("../../docs/asyncapi.yaml"))) {
            asyncApi = new Yaml().load(reader);
        }
    }

    @Test
    void whatForumsAndNotificationsReadCarriesNoSensitivePathDataNorSecrets() {
        List<String> channels = new ArrayList<>();
        map(asyncApi, "operations").values().forEach(operation -> {
            Map<String, Object> op = cast(operation);
            if ("receive".equals(op.get("action")) && NOT_TRUSTED_WITH_PATH_DATA.contains(op.get("summary"))) {
                channels.add(channelName(op));
            }
        });

        assertThat(channels).as("channels forums or notifications read").isNotEmpty();
        channels.forEach(channel -> assertThat(fieldsOn(channel)).as("fields on %s", channel)
                .noneMatch(field -> SENSITIVE.matcher(field).matches()));
    }

    @Test
    void noEventCarriesASecret() {
        map(asyncApi, "channels").keySet().forEach(channel -> assertThat(fieldsOn(channel)).as("fields on %s", channel)
                .noneMatch(field -> SECRET.matcher(field).matches()));
    }

    @Test
    void theCheckWouldSeeSensitiveFieldsWhereTheyAre() {
        assertThat(fieldsOn("mentees")).anyMatch(field -> SENSITIVE.matcher(field).matches());
    }

    private static String channelName(Map<String, Object> operation) {
        String ref = (String) map(operation, "channel").get("$ref");
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Every property name, nested ones included, of every message on the channel. */
    private static List<String> fieldsOn(String channel) {
        List<String> fields = new ArrayList<>();
        Map<String, Object> messages = map(map(map(asyncApi, "channels"), channel), "messages");
        messages.keySet().forEach(message -> collect(map(map(map(asyncApi, "components"), "messages"), message), fields));
        return fields;
    }

    private static void collect(Object node, List<String> fields) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("properties") instanceof Map<?, ?> properties) {
                properties.keySet().forEach(name -> fields.add((String) name));
            }
            map.values().forEach(value -> collect(value, fields));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collect(value, fields));
        }
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return cast(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
