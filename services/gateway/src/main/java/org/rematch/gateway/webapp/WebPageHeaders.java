package org.rematch.gateway.webapp;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Security headers on what the gateway serves from static/ (the app's pages, scripts and styles, also when an app path
 * forwards to index.html). The policy lets pages load scripts, styles and data from this origin only, so injected
 * markup can run no inline or foreign script, and no other site may frame them. Not on what the services answer
 * through the routes: they set their own headers, and a second policy would narrow theirs.
 */
@Configuration(proxyBeanMethods = false)
class WebPageHeaders implements WebMvcConfigurer {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** The status page keeps its inline script and style, which the policy would block. */
    static final String STATUS_PAGE = "/status.html";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof ResourceHttpRequestHandler) {
                    response.setHeader("X-Content-Type-Options", "nosniff");
                    response.setHeader("Referrer-Policy", "same-origin");
                    if (!STATUS_PAGE.equals(request.getRequestURI())) {
                        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                    }
                }
                return true;
            }
        });
    }
}
