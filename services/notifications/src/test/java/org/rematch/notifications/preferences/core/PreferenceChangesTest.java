package org.rematch.notifications.preferences.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rematch.notifications.inbox.core.InboxItemType;

class PreferenceChangesTest {

    @Test
    void validChoicesAreReadByTypeAndChoice() {
        PreferenceChanges read = PreferenceChanges.read(Map.of("PAIRING_PROPOSED", "OFF", "MUTED", "IMMEDIATELY"));

        assertThat(read.problems()).isEmpty();
        assertThat(read.changes()).containsExactlyInAnyOrderEntriesOf(
                Map.of(InboxItemType.PAIRING_PROPOSED, EmailChoice.OFF, InboxItemType.MUTED, EmailChoice.IMMEDIATELY));
    }

    @Test
    void eachWrongFieldIsNamedAndNothingIsChangedWhenAnyIsWrong() {
        Map<String, String> requested = new LinkedHashMap<>();
        requested.put("MUTED", "OFF");
        requested.put("pairing_proposed", "OFF");
        requested.put("PAIRING_ACCEPTED", "WEEKLY");
        requested.put("MODERATION_URGENT", "OFF");
        requested.put("BANNED", null);

        PreferenceChanges read = PreferenceChanges.read(requested);

        assertThat(read.changes()).isEmpty();
        assertThat(read.problems()).extracting(PreferenceChanges.Problem::field)
                .containsExactly("email.pairing_proposed", "email.PAIRING_ACCEPTED", "email.MODERATION_URGENT", "email.BANNED");
        assertThat(read.problems().get(0).message()).startsWith("is not a type of notification; the types are PAIRING_PROPOSED,");
        assertThat(read.problems().get(1).message()).isEqualTo("must be one of IMMEDIATELY, OFF");
        assertThat(read.problems().get(2).message()).isEqualTo(
                "must be one of IMMEDIATELY: emails about urgent safety reports in the forums you look after cannot be turned off");
    }

    @Test
    void aTypeNeverChosenForHasItsDefaultAndAStoredChoiceNoLongerOpenIsIgnored() {
        EmailPreferences preferences = EmailPreferences.fromStored(Map.of("MUTED", "OFF", "MODERATION_URGENT", "OFF",
                "A_TYPE_SINCE_DROPPED", "OFF", "PAIRING_ENDED", "A_CHOICE_SINCE_DROPPED"));

        assertThat(preferences.choiceFor(InboxItemType.MUTED)).isEqualTo(EmailChoice.OFF);
        assertThat(preferences.choiceFor(InboxItemType.MODERATION_URGENT)).isEqualTo(EmailChoice.IMMEDIATELY);
        assertThat(preferences.choiceFor(InboxItemType.PAIRING_ENDED)).isEqualTo(EmailOptions.byDefault(InboxItemType.PAIRING_ENDED));
        assertThat(preferences.choiceFor(InboxItemType.PAIRING_PROPOSED)).isEqualTo(EmailChoice.IMMEDIATELY);
    }

    @Test
    void everyTypeCanAlwaysBeEmailedAndOnlyUrgentPagesCannotBeTurnedOff() {
        for (InboxItemType type : InboxItemType.values()) {
            assertThat(EmailOptions.allowed(type)).as(type.name()).contains(EmailChoice.IMMEDIATELY, EmailOptions.byDefault(type));
            assertThat(EmailOptions.canTurnOff(type)).as(type.name()).isEqualTo(type != InboxItemType.MODERATION_URGENT);
            assertThat(EmailOptions.about(type)).as(type.name()).isNotBlank();
        }
    }
}
