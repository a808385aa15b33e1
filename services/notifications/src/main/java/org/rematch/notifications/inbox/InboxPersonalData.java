package org.rematch.notifications.inbox;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rematch.kit.privacy.PersonalData;
import org.rematch.notifications.accounts.Account;
import org.rematch.notifications.accounts.Accounts;
import org.rematch.notifications.inbox.core.InboxItemType;
import org.rematch.notifications.preferences.Preferences;
import org.rematch.notifications.preferences.core.EmailChoice;
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
     * @param emailChoices   the email choices they made, by type of notification (the defaults stand for the rest)
     * @param channels       what each other channel holds on them, by channel (email: what it sent them, and when)
     */
    record Export(List<Notification> inboxItems, boolean pagedAsAdmin, Account contactDetails,
            Map<InboxItemType, EmailChoice> emailChoices, Map<String, Object> channels) {
    }

    private final InboxStore inbox;
    private final Accounts accounts;
    private final Preferences preferences;
    private final List<ItemChannel> channels;

    InboxPersonalData(InboxStore inbox, Accounts accounts, Preferences preferences, List<ItemChannel> channels) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.preferences = preferences;
        this.channels = List.copyOf(channels);
    }

    @Override
    public Export of(String accountId) {
        Account account = accounts.find(accountId).orElse(null);
        return new Export(inbox.allOf(accountId).stream().map(Notification::of).toList(),
                account != null && account.isAdmin(), account, preferences.of(accountId).chosen(),
                channels.stream().collect(Collectors.toMap(ItemChannel::field, channel -> channel.heldOn(accountId))));
    }
}
