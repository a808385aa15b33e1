package org.rematch.notifications.preferences;

import org.rematch.kit.privacy.AccountErasure;
import org.springframework.stereotype.Component;

/** An erased account's email choices go with it. */
@Component
class PreferencesErasure implements AccountErasure {

    private final Preferences preferences;

    PreferencesErasure(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void erase(String accountId) {
        preferences.forget(accountId);
    }
}
