package org.rematch.notifications.email;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rematch.notifications.accounts.Account;
import org.rematch.notifications.accounts.Accounts;
import org.rematch.notifications.accounts.ErasedAccounts;
import org.rematch.notifications.email.DigestRecords.DigestRecord;
import org.rematch.notifications.email.EmailQueue.QueuedEmail;
import org.rematch.notifications.email.core.DigestContent;
import org.rematch.notifications.email.core.DigestSchedule;
import org.rematch.notifications.email.core.Links;
import org.rematch.notifications.inbox.core.InboxItem;
import org.rematch.notifications.preferences.Preferences;
import org.rematch.notifications.preferences.UnsubscribeLinks;
import org.rematch.notifications.preferences.core.EmailChoice;
import org.rematch.notifications.preferences.core.EmailPreferences;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends each person at most one digest a day: once the day's digest time has passed, the items they chose a digest for
 * that were queued before it, in one email. Like single emails, a digest that fails is tried again with back-off (its
 * items wait, and a later digest takes them if a day passes meanwhile), one without an address waits for it, and an
 * erased person gets none. A type turned off since its items were queued is left out.
 */
@Component
class DigestSender {

    private final EmailQueue queue;
    private final DigestRecords records;
    private final Accounts accounts;
    private final ErasedAccounts erased;
    private final Preferences preferences;
    private final UnsubscribeLinks unsubscribeLinks;
    private final EmailTemplates templates;
    private final Mailer mailer;
    private final SendFailures failures;
    private final EmailSettings settings;
    private final DigestSchedule schedule;
    private final Links links;
    private final Clock clock;

    DigestSender(EmailQueue queue, DigestRecords records, Accounts accounts, ErasedAccounts erased, Preferences preferences,
            UnsubscribeLinks unsubscribeLinks, EmailTemplates templates, Mailer mailer, SendFailures failures,
            EmailSettings settings, DigestSettings digestSettings, @Value("${rematch.notifications.public-url}") String publicUrl,
            Clock clock) {
        this.queue = queue;
        this.records = records;
        this.accounts = accounts;
        this.erased = erased;
        this.preferences = preferences;
        this.unsubscribeLinks = unsubscribeLinks;
        this.templates = templates;
        this.mailer = mailer;
        this.failures = failures;
        this.settings = settings;
        this.schedule = digestSettings.schedule();
        this.links = new Links(publicUrl);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${rematch.notifications.digest.poll-interval}")
    void sendDue() {
        sendDue(clock.instant());
    }

    /** Sends the digests due at {@code now}: for the latest digest time at or before it, to whoever has items for it. */
    void sendDue(Instant now) {
        Instant moment = schedule.latestAtOrBefore(now);
        for (String recipientId : queue.digestRecipients(moment)) {
            if (!erased.contains(recipientId)) {
                records.claim(recipientId, moment, now, EmailSender.HOLD).ifPresent(record -> send(recipientId, record, moment, now));
            }
            if (erased.contains(recipientId)) {
                // erased while this ran: the erasure may have missed the record claimed meanwhile
                records.forget(recipientId);
            }
        }
    }

    private void send(String recipientId, DigestRecord record, Instant moment, Instant now) {
        EmailPreferences chosen = preferences.of(recipientId);
        Map<Boolean, List<InboxItem>> byWanted = queue.digestOf(recipientId, moment).stream().map(QueuedEmail::item)
                .collect(Collectors.partitioningBy(item -> chosen.choiceFor(item.type()) != EmailChoice.OFF));
        queue.settleDigest(ids(byWanted.get(false)), EmailState.SKIPPED, now, EmailStatus.TURNED_OFF);
        List<InboxItem> items = byWanted.get(true);
        if (items.isEmpty()) {
            records.sent(recipientId, moment, now);
            return;
        }
        Optional<Account> recipient = accounts.find(recipientId).filter(Account::reachableByEmail);
        if (recipient.isEmpty()) {
            records.waiting(recipientId, "No email address known for the recipient yet", now.plus(settings.addressWait()));
            return;
        }
        try {
            DigestContent content = DigestContent.of(items, recipientId, EmailSender.person(recipient.get()), links, unsubscribeLinks::to);
            String messageId = UUID.nameUUIDFromBytes(("digest:" + recipientId + "\n" + moment).getBytes(StandardCharsets.UTF_8)).toString();
            mailer.send(templates.render("digest", content, new RenderedEmail.Envelope(messageId, content.to(), content.subject(),
                    content.unsubscribes().stream().map(DigestContent.Unsubscribe::url).toList(), false)));
        } catch (RuntimeException failure) {
            int attempts = record.attempts() + 1;
            Duration wait = failures.waitAfter(attempts);
            String error = failures.describe(failure);
            records.failed(recipientId, attempts, error, now.plus(wait));
            failures.log("The digest of " + items.size() + " items", attempts, wait, error);
            return;
        }
        // outside the try: the server took the digest, so a store error now is no failed send to count and retry at once
        queue.settleDigest(ids(items), EmailState.SENT, now, null);
        records.sent(recipientId, moment, now);
    }

    private static List<String> ids(List<InboxItem> items) {
        return items.stream().map(InboxItem::id).toList();
    }
}
