package org.rematch.testsupport;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers here; asked once per JVM. */
final class Docker {

    private static Boolean available;

    private Docker() {
    }

    static synchronized boolean isAvailable() {
        if (available == null) {
            available = DockerClientFactory.instance().isDockerAvailable();
        }
        return available;
    }

    static final class Present implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isAvailable();
        }
    }

    static final class Absent implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isAvailable();
        }
    }
}
