package org.rematch.contracts.forums;

/** Why a member reported a post or another member. SELF_HARM reports are urgent. */
public enum ReportReason {
    SPAM, HARASSMENT, MISINFORMATION, SELF_HARM, OTHER
}
