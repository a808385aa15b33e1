package org.rematch.kit.trace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rematch.contracts.CloudEventHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/** Joins the caller's trace (or starts one) for the length of an HTTP request and tells the caller its id. */
public class TraceparentFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TraceContext.enter(request.getHeader(CloudEventHeaders.TRACEPARENT));
        try {
            response.setHeader(CloudEventHeaders.TRACEPARENT, TraceContext.current());
            chain.doFilter(request, response);
        } finally {
            TraceContext.leave();
        }
    }
}
