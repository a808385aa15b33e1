package org.rematch.notifications.email;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.rematch.notifications.accounts.Account;
import org.rematch.notifications.accounts.Accounts;
import org.rematch.notifications.accounts.ErasedAccounts;
import org.rematch.notifications.email.EmailQueue.QueuedEmail;
import org.rematch.notifications.email.core.EmailContent;
import org.rematch.notifications.email.core.ItemEmails;
import org.rematch.notifications.email.core.Links;
import org.rematch.notifications.email.core.Person;
import org.rematch.notifications.inbox.core.InboxItem;
import org.rematch.notifications.preferences.Preferences;
import org.rematch.notifications.preferences.UnsubscribeLinks;
import org.rematch.notifications.preferences.core.EmailChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the emails that are due, each claimed before it is sent ({@link EmailQueue#claim}), so any number of instances can
 * run it. An email is sent once it can be: a failure is recorded and tried again after a growing wait (never given up: from
 * the {@code warn-after-attempts}-th failure on, each is a WARN); an email whose recipient has no known address waits
 * for it; one for a person who was erased, or who has turned these emails off since it was queued, is never sent.
 */
@Component
class EmailSender {

    /** How long a claim holds an email: far longer than one try can take within the SMTP timeouts. */
    static final Duration HOLD = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final EmailQueue queue;
    private final Accounts accounts;
    private final ErasedAccounts erased;
    private final EmailTemplates templates;
    private final Mailer mailer;
    private final Preferences preferences;
    private final UnsubscribeLinks unsubscribeLinks;
    private final EmailSettings settings;
    private final SendFailures failures;
    private final Links links;
    private final Clock clock;

    EmailSender(EmailQueue queue, Accounts accounts, ErasedAccounts erased, EmailTemplates templates, Mailer mailer,
            Preferences preferences, UnsubscribeLinks unsubscribeLinks, EmailSettings settings, SendFailures failures,
            @Value("${rematch.notifications.public-url}") String publicUrl, Clock clock) {
        this.queue = queue;
        this.accounts = accounts;
        this.erased = erased;
        this.templates = templates;
        this.mailer = mailer;
        this.preferences = preferences;
        this.unsubscribeLinks = unsubscribeLinks;
        this.settings = settings;
        this.failures = failures;
        this.links = new Links(publicUrl);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${rematch.notifications.mail.poll-interval}")
    void sendDue() {
        for (String itemId : queue.due(clock.instant(), settings.batch())) {
            try {
                queue.claim(itemId, clock.instant(), HOLD).ifPresent(this::send);
            } catch (RuntimeException unexpected) {
                // one item the sender cannot handle (an unreadable document, the store away) must not stop the round;
                // its claim runs out and it is taken again
                log.error("The email about item {} could not be handled; it is taken again in {}", itemId, HOLD, unexpected);
            }
        }
    }

    private void send(QueuedEmail queued) {
        InboxItem item = queued.item();
        if (erased.contains(item.recipientId())) {
            // the erasure deletes the item too; this only closes the moment in between
            queue.skipped(item.id(), "The recipient's account was erased");
            return;
        }
        if (preferences.of(item.recipientId()).choiceFor(item.type()) == EmailChoice.OFF) {
            // turned off (e.g. by the unsubscribe link in an earlier email) after this one was queued
            queue.skipped(item.id(), EmailStatus.TURNED_OFF);
            return;
        }
        Optional<Account> recipient = accounts.find(item.recipientId()).filter(Account::reachableByEmail);
        Optional<String> contactId = ItemEmails.contactToShare(item);
        Optional<Account> contact = contactId.flatMap(accounts::find).filter(Account::reachableByEmail);
        if (recipient.isEmpty() || contactId.isPresent() && contact.isEmpty()) {
            // the accounts read model has not caught up yet (profiles announces every account when it is created)
            waitForAddress(queued, recipient.isEmpty() ? "No email address known for the recipient yet"
                    : "The contact details to share are not known yet");
            return;
        }
        try {
            EmailContent content = ItemEmails.of(item, person(recipient.get()), contact.map(EmailSender::person).orElse(null),
                    links, unsubscribeLinks.to(item.recipientId(), item.type()).orElse(null));
            mailer.send(templates.render(content.template(), content, new RenderedEmail.Envelope(item.id(), content.to(),
                    content.subject(), Optional.ofNullable(content.unsubscribe()).stream().toList(), content.urgent())));
        } catch (RuntimeException failure) {
            retryLater(queued, failure);
            return;
        }
        // outside the try: the server took the email, so a store error now is no failed send to count and retry at once
        queue.sent(item.id(), clock.instant());
    }

    /**
     * Looks at the email again later, after as long as it has waited so far (at least {@code address-wait}, at most
     * {@code retry-max}), so a stuck one is looked at less and less often; from an hour of waiting on, each look is a
     * WARN, so an address that never comes is seen.
     */
    private void waitForAddress(QueuedEmail queued, String reason) {
        String itemId = queued.item().id();
        Duration waited = Duration.between(queued.email().queuedAt(), clock.instant());
        Duration wait = waited.compareTo(settings.addressWait()) < 0 ? settings.addressWait()
                : waited.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : waited;
        queue.waiting(itemId, reason, clock.instant().plus(wait));
        if (waited.compareTo(Duration.ofHours(1)) >= 0) {
            log.warn("The email about item {} has waited {} and still cannot be sent: {}; looking again in {}", itemId,
                    waited, reason, wait);
        }
    }

    private void retryLater(QueuedEmail queued, RuntimeException failure) {
        int attempts = queued.email().attempts() + 1;
        Duration wait = failures.waitAfter(attempts);
        String error = failures.describe(failure);
        queue.failed(queued.item().id(), attempts, error, clock.instant().plus(wait));
        failures.log("The email about item " + queued.item().id(), attempts, wait, error);
    }

    static Person person(Account account) {
        return new Person(account.displayName(), account.email());
    }
}
