package org.rematch.notifications.inbox;

import java.util.List;
import org.rematch.kit.privacy.PersonalData;
import org.springframework.stereotype.Component;

/** For the data export: every item in the person's inbox, as they see it (kit: GET /api/personal-data). */
@Component
class InboxPersonalData implements PersonalData {

    /**
     * What notifications holds on a person.
     *
     * @param pagedAsAdmin whether notifications knows them as an admin, to page about urgent reports in forums without
     *                     moderators of their own
     */
    record Export(List<Notification> inboxItems, boolean pagedAsAdmin) {
    }

    private final InboxStore inbox;
    private final PlatformAdmins admins;

    InboxPersonalData(InboxStore inbox, PlatformAdmins admins) {
        this.inbox = inbox;
        this.admins = admins;
    }

    @Override
    public Export of(String accountId) {
        return new Export(inbox.allOf(accountId).stream().map(Notification::of).toList(), admins.isAdmin(accountId));
    }
}
