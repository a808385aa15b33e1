package org.rematch.forums.moderation.domain;

/** What a report is about: a post, or a member of the forum (their conduct rather than one post). */
public enum TargetKind {
    POST, MEMBER
}
