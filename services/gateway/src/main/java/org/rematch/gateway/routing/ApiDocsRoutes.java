package org.rematch.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GET /platform/api-docs/{service} proxies that service's OpenAPI document (/v3/api-docs), so the index page links
 * to every service's API through the one origin. The route id is the service's name, like its /api route's.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsRoutes {

    static final String PREFIX = "/platform/api-docs/";

    @Bean
    RouterFunction<ServerResponse> apiDocsRouterFunction(PlatformServices services) {
        return services.all().stream()
                .map(service -> route(service.name())
                        .GET(PREFIX + service.name(), http())
                        .before(uri(service.url()))
                        .before(setPath("/v3/api-docs"))
                        .build())
                .reduce(RouterFunction::and)
                .orElseGet(() -> RouterFunctions.route().GET(PREFIX + "**",
                        request -> ServerResponse.notFound().build()).build());
    }
}
