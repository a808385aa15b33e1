package org.rematch.profiles.auth;

import java.time.Clock;
import java.time.Duration;
import org.rematch.profiles.core.LoginThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The login limits, from rematch.security.login.* (defaults: 5 per account in 15 minutes, 20 per address in 1 minute). */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

    @Bean
    LoginThrottle loginThrottle(Clock clock,
            @Value("${rematch.security.login.account-max-failures:5}") int accountMaxFailures,
            @Value("${rematch.security.login.account-window:15m}") Duration accountWindow,
            @Value("${rematch.security.login.address-max-failures:20}") int addressMaxFailures,
            @Value("${rematch.security.login.address-window:1m}") Duration addressWindow) {
        return new LoginThrottle(new LoginThrottle.Limit(accountMaxFailures, accountWindow),
                new LoginThrottle.Limit(addressMaxFailures, addressWindow), clock);
    }
}
