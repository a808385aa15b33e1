package org.rematch.forums.moderation;

import org.rematch.forums.moderation.domain.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Until notifications can page moderators, an urgent report is logged at WARN for whoever watches the logs. The log
 * names the report, forum and target, never the note or the reporter: logs are kept longer and read more widely than
 * the queue. The next slice replaces this bean with one that publishes the escalation.
 */
@Component
class LoggingUrgentReports implements UrgentReports {

    private static final Logger log = LoggerFactory.getLogger(LoggingUrgentReports.class);

    @Override
    public void escalate(Report report) {
        log.warn("URGENT report {} ({}) in forum {} about {} {}: at the top of the moderation queue", report.reportId(),
                report.reason(), report.forumId(), report.targetKind(), report.targetId());
    }
}
