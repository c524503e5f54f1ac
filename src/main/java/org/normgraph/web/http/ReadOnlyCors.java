package org.normgraph.web.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Cross-origin access for reading only: any origin may read pages, linked data and the query
 * endpoint ({@code Access-Control-Allow-Origin: *}, never with credentials), while the write
 * endpoints ({@code /sparql/update}, {@code /sparql/data}) send no CORS headers at all, so a page
 * on another site cannot make a logged-in browser write.
 *
 * <pre>{@code fusekiBuilder.addFilter("/*", new ReadOnlyCors(List.of("/sparql/update", "/sparql/data")));}</pre>
 */
public final class ReadOnlyCors implements Filter {
    private static final String METHODS = "GET, POST, HEAD, OPTIONS";
    private static final String HEADERS = "Accept, Content-Type, X-Requested-With";
    private static final String EXPOSED = "Content-Type, Content-Length, Content-Language, ETag, Last-Modified, Link, Vary";
    private final List<String> writePaths;

    public ReadOnlyCors(List<String> writePaths) {
        this.writePaths = List.copyOf(writePaths);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest http) || !(res instanceof HttpServletResponse out)
                || http.getHeader("Origin") == null || isWrite(http.getRequestURI())) {
            chain.doFilter(req, res);
            return;
        }
        out.setHeader("Access-Control-Allow-Origin", "*");
        out.setHeader("Access-Control-Expose-Headers", EXPOSED);
        if ("OPTIONS".equals(http.getMethod()) && http.getHeader("Access-Control-Request-Method") != null) {
            out.setHeader("Access-Control-Allow-Methods", METHODS);
            out.setHeader("Access-Control-Allow-Headers", HEADERS);
            out.setHeader("Access-Control-Max-Age", "86400");
            out.setStatus(204);
            return;
        }
        chain.doFilter(req, res);
    }

    private boolean isWrite(String uri) {
        return writePaths.stream().anyMatch(p -> uri.equals(p) || uri.startsWith(p + "/"));
    }
}
