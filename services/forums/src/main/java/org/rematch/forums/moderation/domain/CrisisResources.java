package org.rematch.forums.moderation.domain;

import java.util.List;

/**
 * What the person who reports self-harm is shown at once, before any moderator reads the report: the people best able
 * to help are crisis lines, not forum moderators. Members live in many countries, so the international directory is
 * listed beside the US line.
 */
public final class CrisisResources {

    /** One place to turn to. */
    public record Resource(String name, String contact, String where) {
    }

    public static final String MESSAGE = "Thank you for telling us. Moderators will look at this first. If you or someone "
            + "else is in immediate danger, call your local emergency number now. You can reach a crisis counsellor at any "
            + "time: in the US call or text 988 (988 Suicide & Crisis Lifeline); in other countries find a free, "
            + "confidential helpline at https://findahelpline.com.";

    public static final List<Resource> RESOURCES = List.of(
            new Resource("988 Suicide & Crisis Lifeline", "call or text 988", "United States"),
            new Resource("Find A Helpline", "https://findahelpline.com", "other countries"),
            new Resource("Emergency services", "your local emergency number (911 in the US)", "immediate danger"));

    private CrisisResources() {
    }
}
