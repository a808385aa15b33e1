package org.rematch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/** docs/asyncapi.yaml is the published description of the events; it must say what the records say. */
class AsyncApiMatchesContractsTest {

    private static Map<String, Object> asyncApi;

    @BeforeAll
    static void readDocument() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("../../docs/asyncapi.yaml"))) {
            asyncApi = new Yaml().load(reader);
        }
    }

    static Iterable<Map.Entry<String, Class<?>>> eventTypes() {
        return EventTypes.all().entrySet();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyEventIsDescribedWithItsTypeAndExactlyItsFields(Map.Entry<String, Class<?>> type) {
        Map<String, Object> message = map(map(map(asyncApi, "components"), "messages"), type.getValue().getSimpleName());

        assertThat(message.get("name")).isEqualTo(type.getKey());
        assertThat(map(map(message, "payload"), "properties").keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(type.getValue().getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void everyTopicIsAChannel() {
        List<String> addresses = map(asyncApi, "channels").values().stream()
                .map(channel -> (String) ((Map<?, ?>) channel).get("address"))
                .collect(Collectors.toList());

        assertThat(addresses).containsExactlyInAnyOrder(
                Topics.ACCOUNTS, Topics.MENTEES, Topics.MENTORS, Topics.FORUMS, Topics.PAIRINGS, Topics.MENTOR_ACTIVITY,
                Topics.FORUM_ACTIVITY);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }
}
