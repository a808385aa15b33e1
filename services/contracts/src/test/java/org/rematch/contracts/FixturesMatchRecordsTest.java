package org.rematch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FixturesMatchRecordsTest {

    private final JsonMapper strict = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    static Iterable<Map.Entry<String, Class<?>>> eventTypes() {
        return EventTypes.all().entrySet();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyEventTypeHasAFixtureThatRoundTripsWithoutLoss(Map.Entry<String, Class<?>> type) {
        String fixture = Fixtures.json(type.getValue());

        Object event = strict.readValue(fixture, type.getValue());
        JsonNode written = strict.readTree(strict.writeValueAsString(event));

        assertThat(written).isEqualTo(strict.readTree(fixture));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void typeNamesFollowTheCloudEventsConvention(Map.Entry<String, Class<?>> type) {
        assertThat(type.getKey())
                .matches("org\\.rematch\\.[a-z]+\\." + type.getValue().getSimpleName() + "\\.v\\d+");
        assertThat(EventTypes.classOf(type.getKey())).contains(type.getValue());
    }
}
