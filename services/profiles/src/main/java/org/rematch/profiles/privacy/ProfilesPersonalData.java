package org.rematch.profiles.privacy;

import java.time.Instant;
import java.util.List;
import org.rematch.contracts.accounts.Role;
import org.rematch.kit.privacy.PersonalData;
import org.rematch.profiles.account.Accounts;
import org.rematch.profiles.auth.RefreshTokens;
import org.rematch.profiles.mentee.MenteeView;
import org.rematch.profiles.mentee.Mentees;
import org.springframework.stereotype.Component;

/**
 * What profiles holds on a person, for their data export: the account (never the password hash), the whole mentee
 * profile (every path field: exams, clinical experience, visa, preferences; status and version)
 * with what they share with mentors, and how many logins can still be refreshed (never the token hashes).
 */
@Component
class ProfilesPersonalData implements PersonalData {

    record AccountData(String email, String displayName, List<Role> roles, boolean disabled, Instant createdAt) {
    }

    record Data(AccountData account, MenteeView mentee, long activeSessions) {
    }

    private final Accounts accounts;
    private final Mentees mentees;
    private final RefreshTokens refreshTokens;

    ProfilesPersonalData(Accounts accounts, Mentees mentees, RefreshTokens refreshTokens) {
        this.accounts = accounts;
        this.mentees = mentees;
        this.refreshTokens = refreshTokens;
    }

    @Override
    public Object of(String accountId) {
        AccountData account = accounts.findById(accountId)
                .map(found -> new AccountData(found.email(), found.displayName(), found.roles().stream().sorted().toList(),
                        found.disabled(), found.createdAt()))
                .orElse(null);
        MenteeView mentee = mentees.find(accountId).map(MenteeView::of).orElse(null);
        return new Data(account, mentee, refreshTokens.activeSessions(accountId));
    }
}
