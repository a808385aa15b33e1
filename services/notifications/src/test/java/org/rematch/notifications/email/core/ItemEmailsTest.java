package org.rematch.notifications.email.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rematch.notifications.inbox.core.InboxItem;
import org.rematch.notifications.inbox.core.InboxItemType;

class ItemEmailsTest {

    static final Links LINKS = new Links("https://rematch.example/");
    static final Person AMINA = new Person("Amina Khan", "amina@example.org");

    static InboxItem item(InboxItemType type, String title, List<String> mentions) {
        return new InboxItem("item-1", "recipient", type, title, "What happened.", "/pairings/p-1", Instant.EPOCH, false, mentions);
    }

    @Test
    void theEmailBuildsOnTheItemWithAnAbsoluteLinkAndWhyThePersonGetsIt() {
        EmailContent email = ItemEmails.of(item(InboxItemType.PAIRING_PROPOSED, "New mentee proposal: Omar", List.of("mentee")), AMINA,
                null, LINKS, "https://rematch.example/api/notifications/unsubscribe?token=t");

        assertThat(email.template()).isEqualTo("proposal");
        assertThat(email.to()).isEqualTo("amina@example.org");
        assertThat(email.subject()).isEqualTo("New mentee proposal: Omar");
        assertThat(email.greeting()).isEqualTo("Hello Amina Khan,");
        assertThat(email.body()).isEqualTo("What happened.");
        assertThat(email.action()).isEqualTo(new EmailContent.Action("Accept or decline", "https://rematch.example/pairings/p-1"));
        assertThat(email.contact()).isNull();
        assertThat(email.urgent()).isFalse();
        assertThat(email.reason()).isEqualTo("You get this email because emails about new mentee proposals and requests are on.");
        assertThat(email.unsubscribe()).isEqualTo("https://rematch.example/api/notifications/unsubscribe?token=t");
    }

    @Test
    void anAcceptanceSharesTheMentorItNamesAndNobodyWhenItNamesNobody() {
        InboxItem accepted = item(InboxItemType.PAIRING_ACCEPTED, "Dr. Bilal Ahmed accepted you as a mentee", List.of("mentor"));

        assertThat(ItemEmails.contactToShare(accepted)).contains("mentor");
        assertThat(ItemEmails.contactToShare(item(InboxItemType.PAIRING_ACCEPTED, "A mentor accepted you", List.of()))).isEmpty();
        assertThat(ItemEmails.contactToShare(item(InboxItemType.PAIRING_PROPOSED, "New mentee proposal", List.of("mentee")))).isEmpty();
        assertThat(ItemEmails.of(accepted, AMINA, new Person(" \n", "bilal@example.org"), LINKS, null).contact())
                .isEqualTo(new Person("Your mentor", "bilal@example.org"));
    }

    @Test
    void anUrgentPageStandsOutAndSaysWhyItCannotBeTurnedOff() {
        EmailContent email = ItemEmails.of(item(InboxItemType.MODERATION_URGENT, "Urgent: a member may be at risk in IM", List.of()),
                AMINA, null, LINKS, null);

        assertThat(email.subject()).isEqualTo("[URGENT] A member may be at risk in IM");
        assertThat(email.urgent()).isTrue();
        assertThat(email.template()).isEqualTo("urgent");
        assertThat(email.reason()).contains("cannot be turned off");
    }

    @Test
    void aNameIsGreetedOnOneLineAndNoNameIsNoProblem() {
        assertThat(ItemEmails.greeting(new Person("Amina\r\nBcc: x@example.org", "a@example.org"))).isEqualTo("Hello Amina Bcc: x@example.org,");
        assertThat(ItemEmails.greeting(new Person(null, "a@example.org"))).isEqualTo("Hello,");
        assertThat(ItemEmails.greeting(new Person("  ", "a@example.org"))).isEqualTo("Hello,");
    }

    @Test
    void everyTypeOfItemHasATemplateAndAnAction() {
        for (InboxItemType type : EnumSet.allOf(InboxItemType.class)) {
            EmailContent email = ItemEmails.of(item(type, "Title", List.of()), AMINA, null, LINKS, null);
            assertThat(email.template()).as(type.name()).isIn("proposal", "accepted", "mentorship", "forums", "urgent", "moderation");
            assertThat(email.action().label()).as(type.name()).isNotBlank();
        }
    }

    @Test
    void linksAreAbsoluteUnderThePublicAddress() {
        assertThat(LINKS.to("/forums/f-1")).isEqualTo("https://rematch.example/forums/f-1");
        assertThat(LINKS.to("forums")).isEqualTo("https://rematch.example/forums");
        assertThat(LINKS.to(null)).isEqualTo("https://rematch.example/");
        assertThat(new Links("http://localhost:8080").to("/pairings")).isEqualTo("http://localhost:8080/pairings");
    }
}
