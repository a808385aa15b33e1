/**
 * The domain core of profiles: the rules for emails, passwords, self-registration roles, mentee paths, the claims
 * of an access token, login throttling ({@link org.rematch.profiles.core.LoginThrottle}), refresh-token rotation
 * ({@link org.rematch.profiles.core.RefreshTokenRules}) and the succession of signing keys
 * ({@link org.rematch.profiles.core.SigningKeyRing}). Plain Java (no Spring, Mongo or Kafka; an ArchUnit test keeps
 * it so), unit-tested directly; the web layer applies these rules through Bean Validation constraints.
 */
package org.rematch.profiles.core;
