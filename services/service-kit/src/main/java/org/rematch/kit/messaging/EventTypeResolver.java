package org.rematch.kit.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.rematch.contracts.CloudEventHeaders;
import org.rematch.contracts.EventTypes;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.type.TypeFactory;

/**
 * Tells Spring Kafka's JacksonJsonDeserializer which record to build from the CloudEvents {@code ce_type}
 * header. Configured as {@code spring.json.value.type.method}; an unknown or missing type fails deserialization,
 * which ErrorHandlingDeserializer turns into a dead letter instead of a blocked partition.
 */
public final class EventTypeResolver {

    private EventTypeResolver() {
    }

    public static JavaType resolve(String topic, byte[] data, Headers headers) {
        Header header = headers.lastHeader(CloudEventHeaders.TYPE);
        String type = header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        Class<?> eventClass = EventTypes.classOf(type)
                .orElseThrow(() -> new SerializationException("Unknown " + CloudEventHeaders.TYPE + " '" + type + "' on " + topic));
        return TypeFactory.createDefaultInstance().constructType(eventClass);
    }
}
