package org.rematch.gateway.session;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.server.mvc.filter.TrustedProxies;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ForwardedHeaderUtils;

/**
 * What a request says about the browser behind it: the chain of addresses to pass on in X-Forwarded-For, and the
 * origin the browser called. Forwarded headers count only when the gateway's direct peer is one of its trusted proxies
 * (the routes' list, spring.cloud.gateway.server.webmvc.trusted-proxies); anyone else could forge them.
 */
@Component
class ForwardedHeaders {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";

    private final TrustedProxies trustedProxies;

    ForwardedHeaders(@Value("${spring.cloud.gateway.server.webmvc.trusted-proxies}") String trustedProxies) {
        this.trustedProxies = TrustedProxies.from(trustedProxies);
    }

    /**
     * The X-Forwarded-For to send profiles: what a trusted proxy sent with the proxy's own address appended, else the
     * peer's address alone. profiles takes the rightmost address that is not one of its internal proxies as the
     * client's, so its login throttle counts each person's address, not the gateway's or a load balancer's.
     */
    String forwardedFor(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        List<String> sent = fromTrustedProxy(request) ? Collections.list(request.getHeaders(X_FORWARDED_FOR)) : List.of();
        return Stream.concat(sent.stream(), Stream.of(peer)).collect(Collectors.joining(", "));
    }

    /** The gateway's origin as the browser addressed it (scheme://host[:port]), behind a trusted proxy as it forwarded. */
    String origin(HttpServletRequest request) {
        ServletServerHttpRequest http = new ServletServerHttpRequest(request);
        URI called = fromTrustedProxy(request)
                ? ForwardedHeaderUtils.adaptFromForwardedHeaders(http.getURI(), http.getHeaders()).build().toUri()
                : http.getURI();
        return originOf(called);
    }

    /** scheme://host[:port] in the form browsers send in Origin: lower case, no default port. */
    static String originOf(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private boolean fromTrustedProxy(HttpServletRequest request) {
        return trustedProxies.isTrusted(request.getRemoteAddr());
    }
}
