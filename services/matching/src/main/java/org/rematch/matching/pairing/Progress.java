package org.rematch.matching.pairing;

import org.rematch.contracts.pairings.PairingOrigin;

/** Where a mentee's search for a mentor stands, in plain words, as one pairing shows it to them. */
final class Progress {

    private Progress() {
    }

    static String of(Pairing pairing) {
        return switch (pairing.state()) {
            case PROPOSED -> pairing.origin() == PairingOrigin.MENTEE_REQUEST ? "We are asking the mentor you chose"
                    : pairing.round() == 1 ? "We are asking the mentor whose path fits yours best"
                    : "We are asking your " + ordinal(pairing.round()) + " choice of mentor";
            case ACCEPTED -> "Your mentor accepted: your mentorship has begun";
            case DECLINED, EXPIRED, WITHDRAWN -> "This mentor could not take you on, so we moved on to the next";
            case ENDED -> "This mentorship has ended";
        };
    }

    /** 1st, 2nd, 3rd, 4th, ... 11th, 12th, 13th, ... 21st. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return n + switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
