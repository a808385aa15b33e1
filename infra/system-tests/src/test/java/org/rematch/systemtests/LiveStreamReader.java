package org.rematch.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A person's live notification stream read through the gateway in the background, as the web app will read it:
 * every 'notification' event is kept with the moment it arrived.
 */
final class LiveStreamReader implements AutoCloseable {

    /**
     * One notification event: its data (the item and the unread count), its id (when the item was stored, in
     * microseconds since the epoch) and when this client received it.
     */
    record Arrival(JsonNode data, String id, Instant at) {

        String type() {
            return data.get("notification").get("type").asString();
        }

        /** When what the item tells happened (a proposal: when matching made it). */
        Instant createdAt() {
            return Instant.parse(data.get("notification").get("createdAt").asString());
        }

        /** When notifications stored the item (the event id is that moment in microseconds). */
        Instant storedAt() {
            long micros = Long.parseLong(id);
            return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000);
        }
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> status;

    private LiveStreamReader(Person person, String lastEventId) {
        // -Drematch.load.stream-via=notifications reads the service directly, to tell the gateway's share of the time
        String via = System.getProperty("rematch.load.stream-via", "gateway");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SystemUnderTest.platform().url(via)
                + "/api/notifications/stream")).header("Authorization", "Bearer " + person.token())
                .header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        status = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).thenApply(response -> {
            Thread.ofVirtual().start(() -> read(response.body()));
            return response.statusCode();
        });
    }

    /** Opens the person's stream from {@code lastEventId} (null: from now). */
    static LiveStreamReader open(Person person, String lastEventId) {
        return new LiveStreamReader(person, lastEventId);
    }

    /** The HTTP status, once the response has begun (null before). */
    Integer status() {
        return status.getNow(null);
    }

    List<Arrival> notifications() {
        return List.copyOf(arrivals);
    }

    private void read(Stream<String> lines) {
        boolean notification = false;
        String id = null;
        try (lines) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    notification = line.substring(6).strip().equals("notification");
                } else if (notification && line.startsWith("data:")) {
                    arrivals.add(new Arrival(Http.JSON.readTree(line.substring(5).strip()), id, Instant.now()));
                    notification = false;
                }
            }
        } catch (RuntimeException closed) {
            // the stream was closed
        }
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
