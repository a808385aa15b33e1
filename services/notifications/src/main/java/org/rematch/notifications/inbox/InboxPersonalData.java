package org.rematch.notifications.inbox;

import java.util.List;
import org.rematch.kit.privacy.PersonalData;
import org.springframework.stereotype.Component;

/** For the data export: every item in the person's inbox, as they see it (kit: GET /api/personal-data). */
@Component
class InboxPersonalData implements PersonalData {

    /** What notifications holds on a person. */
    record Export(List<Notification> inboxItems) {
    }

    private final InboxStore inbox;

    InboxPersonalData(InboxStore inbox) {
        this.inbox = inbox;
    }

    @Override
    public Export of(String accountId) {
        return new Export(inbox.allOf(accountId).stream().map(Notification::of).toList());
    }
}
