package org.rematch.notifications.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rematch.notifications.inbox.core.InboxItem;
import org.rematch.notifications.inbox.core.InboxItemType;
import org.rematch.notifications.preferences.UnsubscribeLinks;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.ServiceTestBase;
import org.rematch.testsupport.authz.AuthorizationMatrix;
import org.rematch.testsupport.authz.Caller;
import org.rematch.testsupport.authz.Cell;
import org.rematch.testsupport.authz.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * src/test/resources/authorization-matrix.md, cell by cell: every caller against the mentee's and the mentor's items, and
 * their own email choices, and an unsubscribe link, which works for whoever holds it (no sign-in) unless tampered with.
 * Live streams end after a second here, so a cell's request gets its whole answer.
 */
@RematchServiceTest
@TestPropertySource(properties = "rematch.notifications.stream.timeout=1s")
class AuthorizationMatrixTest extends ServiceTestBase {

    @Autowired
    ApplicationContext context;
    @Autowired
    InboxStore store;
    @Autowired
    UnsubscribeLinks unsubscribeLinks;

    @TestFactory
    Stream<DynamicTest> matrix() {
        return AuthorizationMatrix.of("notifications").tests(context, port, Map.ofEntries(
                Map.entry("GET /api/notifications | own", world -> withItems(world, "/api/notifications?size=10")),
                Map.entry("GET /api/notifications/stream | own", world -> withItems(world, "/api/notifications/stream")),
                Map.entry("POST /api/notifications/read | own", world -> withItems(world, "/api/notifications/read")),
                Map.entry("POST /api/notifications/{id}/read | mentee's inbox item",
                        world -> Cell.of("/api/notifications/" + itemOf(world, Caller.MENTEE).id() + "/read")),
                Map.entry("POST /api/notifications/{id}/read | mentor's inbox item",
                        world -> Cell.of("/api/notifications/" + itemOf(world, Caller.MENTOR).id() + "/read")),
                Map.entry("GET /api/personal-data | own", world -> withItems(world, "/api/personal-data")),
                Map.entry("GET /api/notifications/preferences | own", world -> Cell.of("/api/notifications/preferences")),
                Map.entry("PUT /api/notifications/preferences | own",
                        world -> Cell.of("/api/notifications/preferences", "{\"email\":{\"FORUM_JOINED\":\"OFF\"}}")),
                Map.entry("GET /api/notifications/unsubscribe | the mentee's unsubscribe link",
                        world -> Cell.of(unsubscribeLink(world))),
                Map.entry("GET /api/notifications/unsubscribe | a tampered unsubscribe link",
                        world -> Cell.of(unsubscribeLink(world) + "x")),
                Map.entry("POST /api/notifications/unsubscribe | the mentee's unsubscribe link",
                        world -> Cell.of(unsubscribeLink(world), "List-Unsubscribe=One-Click")),
                Map.entry("POST /api/notifications/unsubscribe | a tampered unsubscribe link",
                        world -> Cell.of(unsubscribeLink(world) + "x", "List-Unsubscribe=One-Click"))));
    }

    /** The path of the link that turns off the mentee's emails about forums they were joined to (anyone holding it may). */
    String unsubscribeLink(World world) {
        String link = unsubscribeLinks.to(world.id(Caller.MENTEE), InboxItemType.FORUM_JOINED).orElseThrow();
        return link.substring(link.indexOf("/api/"));
    }

    /** Everyone in the world has an item, so "own" reads a non-empty inbox beside other people's. */
    Cell withItems(World world, String path) {
        for (Caller caller : Caller.values()) {
            itemOf(world, caller);
        }
        return Cell.of(path);
    }

    /** An unread item in the caller's inbox, inserted through the service's own store. */
    InboxItem itemOf(World world, Caller owner) {
        InboxItem item = new InboxItem(UUID.randomUUID().toString(), world.id(owner), InboxItemType.PAIRING_ACCEPTED,
                "A mentor accepted you as a mentee", "Say hello.", "/pairings", Instant.now(), false,
                List.of(world.id(Caller.OTHER_MENTOR)));
        store.insertOnce(item, Map.of());
        return item;
    }
}
