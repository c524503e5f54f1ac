package org.normgraph.web.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Answers {@code HEAD} exactly as {@code GET} would, without the body: the request is handled as
 * a GET and the body is counted and dropped, so status, content type and length agree with GET
 * (a HEAD for an unknown id is a 404, as its GET is).
 *
 * <pre>{@code fusekiBuilder.addFilter("/*", new HeadAsGet());}</pre>
 */
public final class HeadAsGet implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest http) || !(res instanceof HttpServletResponse out) || !"HEAD".equals(http.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        NoBody body = new NoBody(out);
        chain.doFilter(new HttpServletRequestWrapper(http) {
            @Override public String getMethod() { return "GET"; }
        }, body);
        body.finish();
    }

    private static final class NoBody extends HttpServletResponseWrapper {
        private final Counting counter = new Counting();
        private PrintWriter writer;
        private boolean lengthSet;

        NoBody(HttpServletResponse response) { super(response); }

        @Override public ServletOutputStream getOutputStream() { return counter; }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String cs = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(counter, cs == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(cs)));
            }
            return writer;
        }

        @Override public void setContentLength(int len) { lengthSet = true; super.setContentLength(len); }
        @Override public void setContentLengthLong(long len) { lengthSet = true; super.setContentLengthLong(len); }

        void finish() {
            if (writer != null) writer.flush();
            if (!lengthSet && !isCommitted() && counter.count > 0) super.setContentLengthLong(counter.count);
        }
    }

    private static final class Counting extends ServletOutputStream {
        long count;
        @Override public void write(int b) { count++; }
        @Override public void write(byte[] b, int off, int len) { count += len; }
        @Override public boolean isReady() { return true; }
        @Override public void setWriteListener(WriteListener listener) { throw new UnsupportedOperationException(); }
    }
}
