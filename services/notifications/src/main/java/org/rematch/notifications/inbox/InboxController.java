package org.rematch.notifications.inbox;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.rematch.kit.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The caller's own inbox; nobody sees or touches another person's items (they answer 404, as if absent). */
@RestController
@RequestMapping("/api/notifications")
class InboxController {

    /** The caller's newest items, and how many of all their items are unread. */
    record Inbox(List<Notification> items, long unreadCount) {
    }

    private final InboxStore store;

    InboxController(InboxStore store) {
        this.store = store;
    }

    @GetMapping
    @Operation(summary = "My inbox, newest first, with the number of unread items")
    Inbox inbox(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        String me = CurrentUser.of(jwt).accountId();
        return new Inbox(store.newestOf(me, limit).stream().map(Notification::of).toList(), store.unreadCount(me));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my items read")
    Notification markRead(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return store.markRead(id, CurrentUser.of(jwt).accountId()).map(Notification::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No notification " + id + " in your inbox"));
    }
}
