package org.rematch.population;

import java.util.Locale;

/** How many of each to generate. {@link #parse} reads {@code mentors:300,forums:20,mentees:50} (any subset). */
public record Sizes(int mentors, int forums, int mentees) {

    public static final Sizes DEMO = new Sizes(300, 20, 50);

    public Sizes {
        if (mentors < 0 || forums < 0 || mentees < 0) {
            throw new IllegalArgumentException("sizes must not be negative");
        }
    }

    /** {@code mentors:12,forums:3,mentees:5}; parts left out keep the value of {@code defaults}. */
    public static Sizes parse(String spec, Sizes defaults) {
        int mentors = defaults.mentors();
        int forums = defaults.forums();
        int mentees = defaults.mentees();
        if (spec == null || spec.isBlank()) {
            return defaults;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("[:=]", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not name:count (e.g. mentors:300)");
            }
            int count;
            try {
                count = Integer.parseInt(kv[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + kv[1].trim() + "' is not a number in '" + part.trim() + "'");
            }
            if (count < 0 || count > 100_000) {
                throw new IllegalArgumentException("'" + part.trim() + "': the count must be between 0 and 100000");
            }
            switch (kv[0].trim().toLowerCase(Locale.ROOT)) {
                case "mentors" -> mentors = count;
                case "forums" -> forums = count;
                case "mentees" -> mentees = count;
                default -> throw new IllegalArgumentException("unknown size '" + kv[0].trim()
                        + "' (mentors, forums, mentees)");
            }
        }
        return new Sizes(mentors, forums, mentees);
    }

    @Override
    public String toString() {
        return "mentors:" + mentors + ",forums:" + forums + ",mentees:" + mentees;
    }
}
