package org.rematch.notifications.inbox;

import java.util.List;
import org.rematch.kit.privacy.PersonalData;
import org.rematch.notifications.accounts.Account;
import org.rematch.notifications.accounts.Accounts;
import org.springframework.stereotype.Component;

/** For the data export: everything notifications holds on the person (kit: GET /api/personal-data). */
@Component
class InboxPersonalData implements PersonalData {

    /**
     * What notifications holds on a person.
     *
     * @param inboxItems     every item in their inbox, as they see it
     * @param pagedAsAdmin   whether notifications knows them as an admin, to page about urgent reports in forums without
     *                       moderators of their own
     * @param contactDetails their account as notifications knows it from profiles (address, name, roles), or null
     */
    record Export(List<Notification> inboxItems, boolean pagedAsAdmin, Account contactDetails) {
    }

    private final InboxStore inbox;
    private final Accounts accounts;

    InboxPersonalData(InboxStore inbox, Accounts accounts) {
        this.inbox = inbox;
        this.accounts = accounts;
    }

    @Override
    public Export of(String accountId) {
        Account account = accounts.find(accountId).orElse(null);
        return new Export(inbox.allOf(accountId).stream().map(Notification::of).toList(),
                account != null && account.isAdmin(), account);
    }
}
