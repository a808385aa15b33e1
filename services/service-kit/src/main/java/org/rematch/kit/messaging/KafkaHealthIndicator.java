package org.rematch.kit.messaging;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/** Spring Boot has no Kafka health check; a service that cannot reach its broker is not healthy. */
public class KafkaHealthIndicator extends AbstractHealthIndicator {

    private final KafkaAdmin admin;

    public KafkaHealthIndicator(KafkaAdmin admin) {
        this.admin = admin;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        try (AdminClient client = AdminClient.create(admin.getConfigurationProperties())) {
            DescribeClusterResult cluster = client.describeCluster(new DescribeClusterOptions().timeoutMs(3000));
            builder.up()
                    .withDetail("clusterId", cluster.clusterId().get(3, TimeUnit.SECONDS))
                    .withDetail("nodes", cluster.nodes().get(3, TimeUnit.SECONDS).size());
        }
    }
}
