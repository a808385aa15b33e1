package org.rematch.forums.moderation.domain;

/**
 * What a moderator may do to a person. A mute is a cool-down in one forum and always ends by itself; a ban removes the
 * person from one forum until lifted (or until its optional end); a suspension, by an admin only, keeps the person
 * from writing in every forum. {@link #code()} is the reason code a refused writer's client sees.
 */
public enum SanctionKind {
    MUTE("MUTED"), BAN("BANNED"), SUSPENSION("SUSPENDED");

    private final String code;

    SanctionKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The more severe sanction answers when a person has several: a suspension outranks a ban, a ban a mute. */
    int severity() {
        return ordinal();
    }
}
