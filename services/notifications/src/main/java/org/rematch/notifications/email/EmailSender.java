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
            queue.claim(itemId, clock.instant(), HOLD).ifPresent(this::send);
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
            queue.waiting(item.id(), recipient.isEmpty() ? "No email address known for the recipient yet"
                    : "The contact details to share are not known yet", clock.instant().plus(settings.addressWait()));
            return;
        }
        try {
            EmailContent content = ItemEmails.of(item, person(recipient.get()), contact.map(EmailSender::person).orElse(null),
                    links, unsubscribeLinks.to(item.recipientId(), item.type()).orElse(null));
            mailer.send(templates.render(content.template(), content, new RenderedEmail.Envelope(item.id(), content.to(),
                    content.subject(), Optional.ofNullable(content.unsubscribe()).stream().toList(), content.urgent())));
            queue.sent(item.id(), clock.instant());
        } catch (RuntimeException failure) {
            retryLater(queued, failure);
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
