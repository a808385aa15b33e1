package org.rematch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Map.Entry;
import java.util.TreeMap;
import org.rematch.contracts.Fixtures;
import tools.jackson.databind.JsonNode;

/** Compares what a service published with the contracts fixture of the event: same field names, same JSON types. */
public final class FixtureShape {

    private FixtureShape() {
    }

    /** Fails unless {@code actualJson} has the shape of the fixture of {@code eventClass}. */
    public static void assertSameShape(String actualJson, Class<?> eventClass) {
        assertSameShape(Http.JSON.readTree(actualJson), eventClass);
    }

    /** Fails unless {@code actual} has the shape of the fixture of {@code eventClass}. */
    public static void assertSameShape(JsonNode actual, Class<?> eventClass) {
        assertThat(shape(actual)).as(eventClass.getSimpleName() + ": " + actual)
                .isEqualTo(shape(Http.JSON.readTree(Fixtures.json(eventClass))));
    }

    /**
     * Every field path with its JSON type ({@code $.version -> NUMBER}, {@code $.roles[] -> STRING}), so a renamed,
     * missing, extra or retyped field, nested ones included, changes it. Array elements are described by their first.
     */
    private static Map<String, String> shape(JsonNode node) {
        Map<String, String> shape = new TreeMap<>();
        collect(node, "$", shape);
        return shape;
    }

    private static void collect(JsonNode node, String path, Map<String, String> shape) {
        shape.put(path, node.getNodeType().name());
        if (node.isObject()) {
            for (Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), path + "." + field.getKey(), shape);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            collect(node.get(0), path + "[]", shape);
        }
    }
}
