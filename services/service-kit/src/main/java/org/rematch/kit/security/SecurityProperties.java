package org.rematch.kit.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Paths a service serves without a token, beyond health and the OpenAPI documents. */
@ConfigurationProperties("rematch.security")
public record SecurityProperties(List<String> publicPaths) {

    public SecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
