package org.rematch.notifications.inbox.core;

import static org.rematch.notifications.inbox.core.Wording.at;
import static org.rematch.notifications.inbox.core.Wording.nameOr;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rematch.contracts.mentees.ForumJoining;
import org.rematch.contracts.pairings.ForumsRecommended;
import org.rematch.contracts.pairings.PairingAccepted;
import org.rematch.contracts.pairings.PairingDeclined;
import org.rematch.contracts.pairings.PairingEnded;
import org.rematch.contracts.pairings.PairingExpired;
import org.rematch.contracts.pairings.PairingReminderDue;
import org.rematch.contracts.pairings.PairingWithdrawn;
import org.rematch.contracts.pairings.PairingEvent;
import org.rematch.contracts.pairings.PairingOrigin;
import org.rematch.contracts.pairings.PairingProposed;

/**
 * Renders what matching tells on matching.pairings into the inbox item of the person it concerns. Pure: the same
 * event always gives the same item, with an id derived from the event's id, so a redelivery changes nothing.
 */
public final class PairingNotifications {

    private PairingNotifications() {
    }

    /** The item for an event, or empty when there is nothing to tell (e.g. no forum to recommend). */
    public static Optional<InboxItem> render(String eventId, PairingEvent event) {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(event, "event");
        String id = InboxItem.idFor(eventId);
        return switch (event) {
            case PairingProposed proposed -> Optional.of(proposed(id, proposed));
            case PairingAccepted accepted -> Optional.of(accepted(id, accepted));
            case PairingDeclined declined -> Optional.of(rematching(id, declined.menteeId(), declined.declinedAt()));
            case PairingExpired expired -> Optional.of(rematching(id, expired.menteeId(), expired.expiredAt()));
            case PairingWithdrawn withdrawn -> Optional.of(rematching(id, withdrawn.menteeId(), withdrawn.withdrawnAt()));
            case PairingReminderDue due -> Optional.of(reminder(id, due));
            case PairingEnded ended -> Optional.of(ended(id, ended));
            case ForumsRecommended recommended -> forums(id, recommended);
        };
    }

    /** A score in [0, 1] as a whole percentage, clamped. */
    static int percent(double score) {
        if (Double.isNaN(score)) {
            return 0;
        }
        return (int) Math.round(Math.max(0, Math.min(1, score)) * 100);
    }

    private static InboxItem proposed(String id, PairingProposed event) {
        String mentee = nameOr(event.menteeDisplayName(), "A mentee");
        boolean requested = event.origin() == PairingOrigin.MENTEE_REQUEST;
        StringBuilder body = new StringBuilder();
        Optional<String> message = requested ? menteeMessage(event.menteeMessage()) : Optional.empty();
        message.ifPresent(words -> body.append(mentee).append(" wrote: \u201C").append(words).append("\u201D "));
        body.append(mentee).append(" matches your journey with a score of ").append(percent(event.score())).append("%.");
        List<String> reasons = event.reasons() == null ? List.of() : event.reasons().stream()
                .filter(reason -> reason != null && !reason.isBlank()).toList();
        if (!reasons.isEmpty()) {
            body.append(" Why: ").append(String.join("; ", reasons)).append('.');
        }
        body.append(requested ? " Accept or decline the request" : " Accept or decline the proposal");
        body.append(event.respondBy() == null ? "." : " by " + Wording.moment(event.respondBy()) + ", or it goes to another mentor.");
        String title = requested ? mentee + " asked you to be their mentor" : "New mentee proposal: " + mentee;
        return new InboxItem(id, event.mentorId(), InboxItemType.PAIRING_PROPOSED, title,
                body.toString(), pairingLink(event.pairingId()), at(event.proposedAt()), false, mentioning(event.menteeId()));
    }

    /** The most of a mentee's message an item quotes (the contract's limit; a longer one is cut, never rejected). */
    public static final int MAX_MESSAGE = 500;

    /**
     * The mentee's own words as the item quotes them: on one line (line breaks, tabs and other control characters
     * become single spaces; direction overrides that could garble the rest of the body are dropped), at most
     * {@link #MAX_MESSAGE} characters, and nothing when blank.
     */
    static Optional<String> menteeMessage(String message) {
        return Wording.quote(message, MAX_MESSAGE);
    }

    private static InboxItem accepted(String id, PairingAccepted event) {
        String mentor = nameOr(event.mentorDisplayName(), "Your mentor");
        return new InboxItem(id, event.menteeId(), InboxItemType.PAIRING_ACCEPTED, mentor + " accepted you as a mentee",
                "Your mentorship with " + mentor + " has begun. Say hello and plan your first conversation.",
                pairingLink(event.pairingId()), at(event.acceptedAt()), false, mentioning(event.mentorId()));
    }

    /** Tells the side who did not end it; a mentee left by their mentor hears that we look for the next one. */
    private static InboxItem ended(String id, PairingEnded event) {
        if ("MENTOR".equals(event.endedBy())) {
            String mentor = nameOr(event.mentorDisplayName(), "Your mentor");
            return new InboxItem(id, event.menteeId(), InboxItemType.PAIRING_ENDED, mentor + " ended your mentorship",
                    mentor + " has ended the mentorship. We are looking for your next mentor and will let you know as soon as"
                            + " we have one.", pairingLink(event.pairingId()), at(event.endedAt()), false, mentioning(event.mentorId()));
        }
        String mentee = nameOr(event.menteeDisplayName(), "Your mentee");
        return new InboxItem(id, event.mentorId(), InboxItemType.PAIRING_ENDED, mentee + " ended the mentorship",
                mentee + " has ended the mentorship. Thank you for your time: your slot is open for the next mentee.",
                pairingLink(event.pairingId()), at(event.endedAt()), false, mentioning(event.menteeId()));
    }

    private static InboxItem reminder(String id, PairingReminderDue event) {
        String mentee = nameOr(event.menteeDisplayName(), "A mentee");
        String by = event.respondBy() == null ? "soon" : "by " + Wording.moment(event.respondBy());
        return new InboxItem(id, event.mentorId(), InboxItemType.PAIRING_REMINDER, "Reminder: " + mentee + " is waiting for your answer",
                "Please accept or decline the proposal " + by + ", or it goes to another mentor. A quick no helps "
                        + mentee + " too: they are asked about the next mentor at once.",
                pairingLink(event.pairingId()), at(event.remindedAt()), false, mentioning(event.menteeId()));
    }

    /**
     * After a decline, an unanswered proposal or one withdrawn because the mentor stopped taking mentees. Deliberately tells nothing about who it was, or why: that stays between
     * the mentor and matching.
     */
    private static InboxItem rematching(String id, String menteeId, Instant when) {
        return new InboxItem(id, menteeId, InboxItemType.PAIRING_REMATCHING, "We are finding you another mentor",
                "The mentor we proposed cannot take on a new mentee right now. We are looking for your next best match"
                        + " and will let you know as soon as we have one.",
                "/pairings", at(when), false, List.of());
    }

    private static Optional<InboxItem> forums(String id, ForumsRecommended event) {
        List<ForumsRecommended.RecommendedForum> forums = event.forums() == null ? List.of()
                : event.forums().stream().filter(Objects::nonNull).toList();
        if (forums.isEmpty() || event.joining() == ForumJoining.JOIN_AUTOMATICALLY) {
            // the mentee asked to be joined: forums tells each join it actually makes (MemberJoined, via RECOMMENDATION),
            // so a forum it could not join them to (archived, or one they are banned from) is never announced
            return Optional.empty();
        }
        String list = forums.stream().map(PairingNotifications::forumLine).collect(Collectors.joining("; "));
        boolean one = forums.size() == 1;
        String title = one ? "A forum for people on your path" : forums.size() + " forums for people on your path";
        String body = "Join peers who share your path: " + list + ". " + (one ? "The forum invites" : "The forums invite")
                + " you: accept from the forums page.";
        return Optional.of(new InboxItem(id, event.menteeId(), InboxItemType.FORUMS_RECOMMENDED, title, body, "/forums",
                at(event.recommendedAt()), false, List.of()));
    }

    /**
     * The item as it reads once {@code erasedAccountId} has erased their account: nothing left that names them (no
     * name, no words of theirs such as a mentee's message to the mentor they asked, no reasons drawn from their path,
     * no link to a pairing that no longer exists), but the recipient still
     * learns what happened. An item that does not mention the account is returned unchanged.
     */
    public static InboxItem forget(InboxItem item, String erasedAccountId) {
        if (!item.mentions().contains(erasedAccountId)) {
            return item;
        }
        List<String> mentions = item.mentions().stream().filter(id -> !id.equals(erasedAccountId)).toList();
        return switch (item.type()) {
            case PAIRING_PROPOSED -> new InboxItem(item.id(), item.recipientId(), item.type(), WITHDRAWN_PROPOSAL,
                    "The mentee we proposed to you has since left Rematch, so there is nothing to accept or decline.",
                    "/pairings", item.createdAt(), item.read(), mentions);
            case PAIRING_ACCEPTED -> new InboxItem(item.id(), item.recipientId(), item.type(), "A mentor accepted you as a mentee",
                    "That mentor has since left Rematch, so this mentorship has ended.",
                    "/pairings", item.createdAt(), item.read(), mentions);
            default -> new InboxItem(item.id(), item.recipientId(), item.type(), "About someone who has left Rematch",
                    "This notification named a person who has since left Rematch.", "/", item.createdAt(), item.read(), mentions);
        };
    }

    /** The title of a proposal whose mentee erased their account. */
    public static final String WITHDRAWN_PROPOSAL = "A mentee proposal was withdrawn";

    private static List<String> mentioning(String accountId) {
        return accountId == null || accountId.isBlank() ? List.of() : List.of(accountId);
    }

    private static String forumLine(ForumsRecommended.RecommendedForum forum) {
        String name = nameOr(forum.name(), "A forum");
        if (forum.sharedTags() == null || forum.sharedTags().isEmpty()) {
            return name;
        }
        return name + " (shares " + forum.sharedTags().stream().sorted().collect(Collectors.joining(", ")) + ")";
    }

    private static String pairingLink(String pairingId) {
        return "/pairings/" + pairingId;
    }
}
