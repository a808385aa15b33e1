package org.rematch.notifications.inbox;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.rematch.kit.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The caller's own inbox and its live stream; nobody sees, streams or touches another person's items (they answer 404,
 * as if absent).
 */
@RestController
@RequestMapping("/api/notifications")
class InboxController {

    /**
     * One page of the caller's items, newest first, how many of all their items are unread, and {@code streamPosition}:
     * send it as Last-Event-ID when opening the live stream, and the stream starts right after this page's moment, with
     * no gap between the two.
     */
    record Inbox(List<Notification> items, int page, int size, long total, long unreadCount, String streamPosition) {
    }

    /** What marking everything read did. */
    record AllRead(long marked, long unreadCount) {
    }

    private final InboxStore store;
    private final LiveStream live;

    InboxController(InboxStore store, LiveStream live) {
        this.store = store;
        this.live = live;
    }

    @GetMapping
    @Operation(summary = "My inbox, newest first (page from 0, size 1-100, default 20), with the number of unread items "
            + "and the position to open the live stream from")
    Inbox inbox(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        String me = CurrentUser.of(jwt).accountId();
        String position = Long.toString(store.latestStamp(me)); // before reading the page: a later item is streamed
        return new Inbox(store.newestOf(me, page * size, size).stream().map(Notification::of).toList(), page, size, store.count(me),
                store.unreadCount(me), position);
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "My new items as they arrive (Server-Sent Events named 'notification', each with the item and "
            + "my unread count); reconnect with Last-Event-ID (or the inbox's streamPosition) to resume without a gap")
    SseEmitter stream(@AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        String me = CurrentUser.of(jwt).accountId();
        return live.open(me, lastEventId == null || lastEventId.isBlank() ? store.latestStamp(me) : position(lastEventId));
    }

    @PostMapping("/read")
    @Operation(summary = "Mark all my items read")
    AllRead markAllRead(@AuthenticationPrincipal Jwt jwt) {
        String me = CurrentUser.of(jwt).accountId();
        return new AllRead(store.markAllRead(me), store.unreadCount(me));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my items read")
    Notification markRead(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return store.markRead(id, CurrentUser.of(jwt).accountId()).map(Notification::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No notification " + id + " in your inbox"));
    }

    /** A Last-Event-ID is a stream position this service gave out: a whole number, not negative. */
    private static long position(String lastEventId) {
        try {
            long position = Long.parseLong(lastEventId.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "Last-Event-ID must be the id of an event this stream sent (a whole number), not '" + lastEventId + "'");
    }
}
