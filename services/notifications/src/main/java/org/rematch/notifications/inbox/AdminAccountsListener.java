package org.rematch.notifications.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link PlatformAdmins} up to date from profiles.accounts. The kit's erasure listener reads the same topic in
 * the service's own consumer group ({@code spring.kafka.consumer.group-id}, the application name); this one has a group
 * of its own, {@value #GROUP_SUFFIX} appended, because two listeners in one group would split the topic's partitions
 * and each see only part of the accounts. Its own group also reads the compacted topic from the start, so a new
 * instance learns every admin. No handled-event marks: applying a snapshot by version is idempotent by itself.
 */
@Component
class AdminAccountsListener {

    static final String GROUP_SUFFIX = ".admins";

    private final PlatformAdmins admins;

    AdminAccountsListener(PlatformAdmins admins) {
        this.admins = admins;
    }

    @KafkaListener(topics = Topics.ACCOUNTS, groupId = "${spring.application.name}" + GROUP_SUFFIX)
    void on(ConsumerRecord<String, AccountSnapshot> record) {
        if (record.value() != null) {
            admins.apply(record.value());
        } else if (record.key() != null) {
            admins.forget(record.key()); // a tombstone: the account was erased
        }
    }
}
