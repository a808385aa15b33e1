package org.rematch.kit.privacy;

import java.util.List;
import org.rematch.kit.messaging.MessagingAutoConfiguration;
import org.rematch.kit.messaging.ProcessedEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Erasure and export plumbing: a service supplies {@link AccountErasure} and {@link PersonalData}, the kit wires them. */
@AutoConfiguration(after = MessagingAutoConfiguration.class)
public class PrivacyAutoConfiguration {

    @Bean
    TombstoneOutbox tombstoneOutbox(MongoTemplate mongo) {
        return new TombstoneOutbox(mongo);
    }

    @Bean
    @ConditionalOnBean(AccountErasure.class)
    AccountErasureListener accountErasureListener(ProcessedEvents processedEvents, List<AccountErasure> erasures,
            @Value("${spring.application.name}") String service) {
        return new AccountErasureListener(processedEvents, erasures, service);
    }

    @Bean
    @ConditionalOnBean(PersonalData.class)
    PersonalDataController personalDataController(PersonalData personalData, @Value("${spring.application.name}") String service) {
        return new PersonalDataController(personalData, service);
    }
}
