package org.rematch.forums.moderation.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the moderation audit log: who ({@code actorId}; {@link #SYSTEM} when the report threshold acted) did
 * what ({@code action}) to what ({@code targetKind}, {@code targetId}, and whose it is: {@code subjectId}) in which
 * forum (null for a suspension), why and when, with {@code until} for a sanction that ends and {@code detail} for
 * what else a reader needs (a mute's length, new settings, how many reports). Entries are only ever
 * added. This record is also the seam for the forums.activity events of a later slice (PostHidden, MemberMuted,
 * MemberBanned...): each entry is what such an event will say.
 */
public record AuditEntry(String entryId, String forumId, AuditAction action, String actorId, String targetKind, String targetId,
        String subjectId, String reason, String detail, Instant at, Instant until) {

    /** The actor of what the rules did by themselves (a post hidden at the report threshold). */
    public static final String SYSTEM = "system";
    /** What replaces an erased person's id: the entry and its action stay, so the log stays complete. */
    public static final String ERASED = "[erased]";

    public AuditEntry {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
