package org.rematch.profiles.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rematch.contracts.Topics;
import org.rematch.contracts.accounts.AccountSnapshot;
import org.rematch.contracts.mentees.MenteeSnapshot;
import org.rematch.kit.outbox.EventOutbox;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.kit.privacy.AccountErasure;
import org.rematch.kit.privacy.TombstoneOutbox;
import org.rematch.profiles.account.Account;
import org.rematch.profiles.account.Accounts;
import org.rematch.profiles.auth.LoginAttempts;
import org.rematch.profiles.auth.RefreshTokens;
import org.rematch.profiles.mentee.Mentees;
import org.springframework.stereotype.Component;

/**
 * Erases a person from profiles: announces the tombstones of their account (and mentee profile, if any) in the kit's
 * {@link TombstoneOutbox}, then deletes the account's login-attempt counter, refresh tokens, mentee profile and, last,
 * the account document. Every step is idempotent and the account goes last, so a crash part-way leaves the account for
 * the repeated erasure to find and finish. Profiles also consumes its own account tombstone (as every service does,
 * through the kit), which runs this again: a repeat after a crash between announcing and deleting finishes the job, and
 * when nothing is left it announces nothing, so it never loops.
 */
@Component
public class Erasure implements AccountErasure {

    private final Accounts accounts;
    private final Mentees mentees;
    private final RefreshTokens refreshTokens;
    private final LoginAttempts loginAttempts;
    private final EventOutbox outbox;
    private final TombstoneOutbox tombstones;

    Erasure(Accounts accounts, Mentees mentees, RefreshTokens refreshTokens, LoginAttempts loginAttempts,
            EventOutbox outbox, TombstoneOutbox tombstones) {
        this.accounts = accounts;
        this.mentees = mentees;
        this.refreshTokens = refreshTokens;
        this.loginAttempts = loginAttempts;
        this.outbox = outbox;
        this.tombstones = tombstones;
    }

    @Override
    public void erase(String accountId) {
        eraseIfPresent(accountId);
    }

    /** Erases what profiles holds on the account; false when it held nothing (no account, no mentee profile). */
    public boolean eraseIfPresent(String accountId) {
        Optional<Account> account = accounts.findById(accountId);
        boolean mentee = mentees.find(accountId).isPresent();
        if (account.isEmpty() && !mentee) {
            refreshTokens.deleteAllOf(accountId);
            return false;
        }
        List<OutboxEvent> announced = new ArrayList<>();
        announced.add(outbox.tombstone(Topics.ACCOUNTS, accountId, AccountSnapshot.class));
        if (mentee) {
            announced.add(outbox.tombstone(Topics.MENTEES, accountId, MenteeSnapshot.class));
        }
        tombstones.announce(accountId, announced);
        account.ifPresent(found -> loginAttempts.forgetAccount(found.email()));
        refreshTokens.deleteAllOf(accountId);
        mentees.delete(accountId);
        accounts.delete(accountId);
        return true;
    }
}
