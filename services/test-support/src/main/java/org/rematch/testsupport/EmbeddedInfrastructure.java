package org.rematch.testsupport;

import org.rematch.embeddedmongo.EmbeddedMongo;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** The in-JVM pair for machines without Docker: one KRaft broker and one mongo-java-server per test JVM. */
final class EmbeddedInfrastructure {

    private static EmbeddedKafkaKraftBroker kafka;
    private static EmbeddedMongo mongo;

    private EmbeddedInfrastructure() {
    }

    static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy));
        }
        return kafka.getBrokersAsString();
    }

    static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = EmbeddedMongo.inMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::close));
        }
        return mongo.connectionString();
    }
}
