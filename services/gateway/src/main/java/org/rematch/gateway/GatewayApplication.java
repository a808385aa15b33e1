package org.rematch.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single origin of Rematch: routes /api/** to the services (spring.cloud.gateway.server.webmvc.routes in
 * application.yaml), serves the index page and the web app with its session cookie (session/, webapp/) and reports
 * which services are running. It checks no tokens itself: it forwards the Authorization header untouched and each
 * service decides.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
