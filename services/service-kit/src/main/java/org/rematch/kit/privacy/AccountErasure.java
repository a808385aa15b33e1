package org.rematch.kit.privacy;

/**
 * What a service does when a person erases their account (a tombstone on profiles.accounts): delete, or anonymise where
 * deleting would break what others wrote, everything it holds on that account. Must be idempotent: a redelivered
 * tombstone runs it again.
 */
@FunctionalInterface
public interface AccountErasure {

    void erase(String accountId);
}
