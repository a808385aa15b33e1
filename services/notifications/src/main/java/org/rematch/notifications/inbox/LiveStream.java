package org.rematch.notifications.inbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.rematch.kit.time.MicroStamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open live streams (Server-Sent Events) of this instance. Every {@code poll} it reads, in one query for everyone
 * listening, the items stored since each stream's position, and sends each stream its own, oldest first, with the
 * item's store stamp as the event id. A reconnecting client sends the last id it saw (Last-Event-ID) and resumes right
 * after it. Reading the store rather than being told by the listener that inserted the item makes every instance see
 * every item, whichever instance consumed the event.
 *
 * <p>Why items are sent only once {@code settle} old: stamps are taken just before the insert, so two inserts for one
 * person can land out of stamp order for a moment (two consumer threads, or two instances whose clocks differ
 * slightly). Waiting until no insert stamped earlier can still be in flight keeps a stream from moving its position
 * past an item that is not there yet, which would be a gap.
 */
@Component
class LiveStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

    private final InboxStore store;
    private final Clock clock;
    private final Duration settle;
    private final Duration timeout;
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    LiveStream(InboxStore store, Clock clock, @Value("${rematch.notifications.stream.settle:250ms}") Duration settle,
            @Value("${rematch.notifications.stream.timeout:30m}") Duration timeout) {
        this.store = store;
        this.clock = clock;
        this.settle = settle;
        this.timeout = timeout;
    }

    /** A live stream of the recipient's new items after {@code position} (a store stamp; 0: everything). */
    SseEmitter open(String recipientId, long position) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Listener listener = new Listener(recipientId, emitter, position);
        emitter.onCompletion(() -> listeners.remove(listener));
        emitter.onTimeout(() -> {
            listeners.remove(listener);
            emitter.complete(); // the stream simply ends; the client reconnects with Last-Event-ID
        });
        emitter.onError(failure -> listeners.remove(listener));
        listeners.add(listener);
        listener.send(SseEmitter.event().comment("connected"));
        return emitter;
    }

    @Scheduled(fixedDelayString = "${rematch.notifications.stream.poll:100ms}")
    void push() {
        // the streams as they are now: one opened meanwhile waits for the next round, which queries from its position
        List<Listener> open = List.copyOf(listeners);
        if (open.isEmpty()) {
            return;
        }
        long upTo = MicroStamps.micros(clock.instant().minus(settle));
        Set<String> recipients = open.stream().map(Listener::recipientId).collect(Collectors.toSet());
        long from = open.stream().mapToLong(Listener::position).min().orElse(upTo);
        Map<String, List<InboxStore.Stored>> stored = store.storedBetween(recipients, from, upTo).stream()
                .collect(Collectors.groupingBy(s -> s.item().recipientId()));
        Map<String, Long> unread = stored.isEmpty() ? Map.of() : store.unreadCounts(stored.keySet());
        for (Listener listener : open) {
            List<InboxStore.Stored> theirs = stored.getOrDefault(listener.recipientId(), List.of()).stream()
                    .filter(s -> s.stamp() > listener.position()).toList();
            theirs.forEach(s -> listener.deliver(s, unread.getOrDefault(listener.recipientId(), 0L)));
            // the query covered everything of theirs up to upTo: the next one starts there, and stays small
            listener.advanceTo(upTo);
        }
    }

    /** A comment line now and then keeps idle connections open through proxies (and the gateway's read timeout). */
    @Scheduled(fixedDelayString = "${rematch.notifications.stream.heartbeat:15s}")
    void heartbeat() {
        listeners.forEach(listener -> listener.send(SseEmitter.event().comment("heartbeat")));
    }

    /** How many streams of this person are open on this instance. */
    long openStreamsOf(String recipientId) {
        return listeners.stream().filter(listener -> listener.recipientId().equals(recipientId)).count();
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every open stream when the service stops, before the web server's graceful shutdown, which would otherwise
     * wait for these never-ending requests: each client reconnects, to another instance, with its Last-Event-ID.
     */
    @Override
    public void stop() {
        running = false;
        listeners.forEach(listener -> listener.emitter.complete());
        listeners.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** What a stream's client receives for a new item: the item and how many of their items are now unread. */
    record LiveItem(Notification notification, long unreadCount) {
    }

    /** One open stream and how far it has got (the stamp of the last item it was sent). */
    private final class Listener {
        private final String recipientId;
        private final SseEmitter emitter;
        private volatile long position;

        Listener(String recipientId, SseEmitter emitter, long position) {
            this.recipientId = recipientId;
            this.emitter = emitter;
            this.position = position;
        }

        String recipientId() {
            return recipientId;
        }

        long position() {
            return position;
        }

        /** Moves the position on to a moment whose items were all sent (never back, and not after a failed send). */
        void advanceTo(long stamp) {
            if (listeners.contains(this) && stamp > position) {
                position = stamp;
            }
        }

        void deliver(InboxStore.Stored stored, long unreadCount) {
            if (send(SseEmitter.event().id(Long.toString(stored.stamp())).name("notification")
                    .data(new LiveItem(Notification.of(stored.item()), unreadCount), MediaType.APPLICATION_JSON))) {
                position = stored.stamp();
            }
        }

        /** Sends, one event at a time per stream; a client that went away is forgotten (it resumes by reconnecting). */
        synchronized boolean send(SseEmitter.SseEventBuilder event) {
            try {
                emitter.send(event);
                return true;
            } catch (IOException | IllegalStateException gone) {
                log.debug("Live stream of {} closed: {}", recipientId, gone.toString());
                listeners.remove(this);
                emitter.completeWithError(gone);
                return false;
            }
        }
    }
}
