package org.normgraph.web.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Reads a request body whole and asynchronously (no thread waits for a slow client) before the
 * application sees the request, which then reads it from memory. A body over the limit is
 * answered 413; a body that fails to arrive (too slow, or the client went away) is answered
 * 408 without bothering the application or its log.
 *
 * <pre>{@code new EagerContentHandler(app, new WholeBody(1_000_000));}</pre>
 */
final class WholeBody implements EagerContentHandler.ContentLoaderFactory {
    private final int maxBytes;

    WholeBody(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public String getApplicableMimeType() { return null; }

    @Override
    public EagerContentHandler.ContentLoader newContentLoader(String contentType, String mimeType, Handler next,
                                                              Request request, Response response, Callback callback) {
        return new Loader(next, request, response, callback);
    }

    private final class Loader extends EagerContentHandler.ContentLoader implements Runnable {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Loader(Handler next, Request request, Response response, Callback callback) {
            super(next, request, response, callback);
        }

        @Override
        protected void load() { run(); }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = getRequest().read();
                if (chunk == null) {
                    getRequest().demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    Response.writeError(getRequest(), getResponse(), getCallback(), HttpStatus.REQUEST_TIMEOUT_408,
                            "The request body did not arrive in time");
                    return;
                }
                ByteBuffer buf = chunk.getByteBuffer();
                boolean last = chunk.isLast();
                if (body.size() + buf.remaining() > maxBytes) {
                    chunk.release();
                    Response.writeError(getRequest(), getResponse(), getCallback(), HttpStatus.PAYLOAD_TOO_LARGE_413,
                            "The request body is larger than " + maxBytes + " bytes");
                    return;
                }
                byte[] bytes = new byte[buf.remaining()];
                buf.get(bytes);
                body.write(bytes, 0, bytes.length);
                chunk.release();
                if (last) {
                    Request whole = new InMemory(getRequest(), body.toByteArray());
                    getRequest().getContext().execute(() -> handle(whole, getResponse(), getCallback()));
                    return;
                }
            }
        }
    }

    /** The request with its body already read: one chunk, then the end. */
    private static final class InMemory extends Request.Wrapper {
        private Content.Chunk pending;

        InMemory(Request wrapped, byte[] body) {
            super(wrapped);
            this.pending = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public Content.Chunk read() {
            if (pending == null) return Content.Chunk.EOF;
            Content.Chunk c = pending;
            pending = null;
            return c;
        }

        @Override
        public void demand(Runnable demandCallback) { demandCallback.run(); }
    }
}
