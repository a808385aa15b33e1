package org.rematch.kit.privacy;

/**
 * Everything a service holds on one account, for the person's data export (GET /api/accounts/me/export aggregates
 * every service's {@code GET /api/personal-data}). Return records or maps; they are written as JSON as they are.
 */
@FunctionalInterface
public interface PersonalData {

    Object of(String accountId);
}
