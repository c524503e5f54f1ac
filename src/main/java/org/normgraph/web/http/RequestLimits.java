package org.normgraph.web.http;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * What a request body may cost the server. Bodies are read asynchronously and whole before the
 * application runs, so a client trickling its body in holds no thread (one that sends slower than
 * {@value #MIN_READ_BYTES_PER_SECOND} bytes a second is answered 408 and let go); a body over
 * the size limit is refused with 413.
 *
 * <pre>{@code server.setHandler(RequestLimits.around(server.getHandler(), 1_000_000));}</pre>
 */
public final class RequestLimits {
    public static final long MIN_READ_BYTES_PER_SECOND = 256;

    private RequestLimits() {}

    public static Handler around(Handler app, int maxBodyBytes) {
        EagerContentHandler eager = new EagerContentHandler(app, new WholeBody(maxBodyBytes));
        MinimumDataRateHandler rate = new MinimumDataRateHandler(eager, MIN_READ_BYTES_PER_SECOND, 0);
        SizeLimitHandler size = new SizeLimitHandler(maxBodyBytes, -1);
        size.setHandler(rate);
        return size;
    }
}
