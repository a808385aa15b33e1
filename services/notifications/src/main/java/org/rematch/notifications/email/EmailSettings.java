package org.rematch.notifications.email;

import java.time.Duration;
import org.rematch.notifications.email.core.RetrySchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How emails are sent ({@code rematch.notifications.mail.*}; defaults in application.properties). The SMTP server itself
 * is Spring Boot's {@code spring.mail.*}.
 *
 * @param from              the From header, e.g. "Rematch &lt;no-reply@rematch.local&gt;"
 * @param batch             the most emails one pass of the sender sends
 * @param retryFirst        the wait after the first failed try, doubling with each failure in a row ...
 * @param retryMax          ... up to this
 * @param warnAfterAttempts from this many failed tries on, each failure is logged as a WARN
 * @param addressWait       how soon an email whose recipient has no known address yet is looked at again
 */
@ConfigurationProperties("rematch.notifications.mail")
record EmailSettings(String from, int batch, Duration retryFirst, Duration retryMax, int warnAfterAttempts,
        Duration addressWait) {

    RetrySchedule retrySchedule() {
        return new RetrySchedule(retryFirst, retryMax);
    }
}
