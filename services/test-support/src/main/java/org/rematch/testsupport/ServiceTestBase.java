package org.rematch.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What an integration test of a {@link RematchServiceTest} service reaches the service through: its HTTP port, the
 * test broker and the test database. Subclasses carry {@code @RematchServiceTest} themselves.
 */
public abstract class ServiceTestBase {

    @LocalServerPort
    protected int port;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;
    @Autowired
    protected MongoTemplate mongo;

    /** Calls the service's HTTP API; a service's base test may return its own {@link Http} subclass. */
    protected Http http() {
        return new Http(port);
    }

    /** Whether the service's {@code consumer} has handled the event with this ce_id (the kit's mark of it). */
    protected boolean handled(String consumer, String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(consumer + ":" + eventId)), "processed_events");
    }

    /** Publishes to and reads from the test broker. */
    protected TestEvents events() {
        return new TestEvents(bootstrapServers);
    }
}
