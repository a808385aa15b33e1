package org.rematch.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The one place where integration tests get their Kafka and MongoDB: real images through Testcontainers where a
 * Docker engine runs, the in-JVM KRaft broker and mongo-java-server otherwise. The tests are the same either way.
 * Tokens are always signed by {@link TestTokens}, whose JWKS is served over real HTTP.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

    @Bean
    @ServiceConnection
    @Conditional(Docker.Present.class)
    KafkaContainer kafkaContainer() {
        return new KafkaContainer("apache/kafka:4.1.2");
    }

    @Bean
    @ServiceConnection
    @Conditional(Docker.Present.class)
    MongoDBContainer mongoContainer() {
        return new MongoDBContainer("mongo:8.0");
    }

    @Bean
    @Conditional(Docker.Absent.class)
    DynamicPropertyRegistrar embeddedInfrastructure() {
        return registry -> {
            registry.add("spring.kafka.bootstrap-servers", EmbeddedInfrastructure::kafkaBootstrapServers);
            registry.add("spring.mongodb.uri", EmbeddedInfrastructure::mongoUri);
        };
    }

    @Bean
    DynamicPropertyRegistrar testTokenIssuer() {
        return registry -> {
            registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens::jwksUri);
            registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.ISSUER);
        };
    }
}
