package org.rematch.notifications.accounts;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link Accounts} up to date from profiles.accounts. The kit's erasure listener reads the same topic in the
 * service's own consumer group ({@code spring.kafka.consumer.group-id}, the application name); this one has a group of
 * its own, {@value #GROUP_SUFFIX} appended, because two listeners in one group would split the topic's partitions and
 * each see only part of the accounts. Its own group also reads the compacted topic from the start, so a new instance
 * learns every account. No handled-event marks: applying a snapshot by version is idempotent by itself.
 */
@Component
class AccountsListener {

    static final String GROUP_SUFFIX = ".accounts";

    private final Accounts accounts;

    AccountsListener(Accounts accounts) {
        this.accounts = accounts;
    }

    @KafkaListener(topics = Topics.ACCOUNTS, groupId = "${spring.application.name}" + GROUP_SUFFIX)
    void on(ConsumerRecord<String, AccountSnapshot> record) {
        // a tombstone (null value) is the kit's erasure listener's to handle: AccountsErasure forgets the account
        if (record.value() != null) {
            accounts.apply(record.value());
        }
    }
}
