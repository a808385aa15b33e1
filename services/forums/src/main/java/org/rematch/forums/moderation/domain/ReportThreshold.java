package org.rematch.forums.moderation.domain;

/**
 * How many distinct people must report a post before it is hidden pending review. One report is one person's view;
 * several independent ones are a signal worth acting on before a moderator is online (Discourse hides on flags the
 * same way). The post is hidden, not deleted: a moderator restores it if the reports were wrong.
 */
public record ReportThreshold(int distinctReporters) {

    public static final int DEFAULT = 3;

    public ReportThreshold {
        if (distinctReporters < 1) {
            throw new IllegalArgumentException("the hide threshold is at least 1 reporter");
        }
    }

    /** True once {@code reporters} distinct people have reported the post (exactly at the threshold and beyond). */
    public boolean hides(long reporters) {
        return reporters >= distinctReporters;
    }
}
