package org.rematch.forums.moderation;

import org.rematch.forums.moderation.domain.Report;

/**
 * Where an urgent report (SELF_HARM) is escalated the moment it is filed, beyond the top of the queue: the seam for the
 * next slice, which publishes it on forums.activity for notifications to page the forum's moderators. Called after
 * the report is stored, once per report (a repeated report is not escalated again).
 */
public interface UrgentReports {

    void escalate(Report report);
}
