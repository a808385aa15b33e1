package org.rematch.notifications.inbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client as a browser's EventSource is one: it reads the stream line by line as it arrives and
 * collects the events (id, name, data), sending Last-Event-ID when asked to resume.
 */
final class SseClient implements AutoCloseable {

    /** One event as the client received it. */
    record Event(String id, String name, String data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final HttpClient client;
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    private SseClient(HttpClient client, HttpResponse<Stream<String>> response) {
        this.client = client;
        this.response = response;
        this.reader = Thread.ofVirtual().start(this::read);
    }

    /** Opens the stream at {@code url}; {@code lastEventId} may be null. Returns once the response headers are in. */
    static SseClient open(String url, String authorization, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpClient client = HttpClient.newHttpClient();
        return new SseClient(client, client.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The events received so far, in order. */
    List<Event> events() {
        return List.copyOf(events);
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                }
            }
        } catch (RuntimeException closed) {
            // the test closed the stream, or the server ended it
        }
    }

    /** Drops the connection, as a phone losing its signal would. */
    @Override
    public void close() throws InterruptedException {
        client.shutdownNow();
        reader.join(5_000);
    }
}
