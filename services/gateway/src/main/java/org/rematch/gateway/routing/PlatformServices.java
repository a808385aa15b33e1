package org.rematch.gateway.routing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The services behind the gateway and where they run, in the order the index page lists them. The routes in
 * application.yaml point at the same URLs, so each REMATCH_*_URL variable moves a service in one place.
 */
@ConfigurationProperties("rematch.gateway")
public record PlatformServices(Map<String, URI> services) {

    public PlatformServices {
        services = services == null ? Map.of() : new LinkedHashMap<>(services);
    }

    public record Service(String name, URI url) {
    }

    public List<Service> all() {
        return services.entrySet().stream().map(entry -> new Service(entry.getKey(), entry.getValue())).toList();
    }

    public Optional<Service> named(String name) {
        return Optional.ofNullable(name).map(services::get).map(url -> new Service(name, url));
    }
}
