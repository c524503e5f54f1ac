package org.normgraph.web.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error answers (requests refused before the application sees them: an ambiguous or
 * malformed path, a body too large, a read too slow) in the form the client expects: under
 * {@code /api/} the documented JSON {@code {"status": 400, "error": "..."}}, elsewhere plain text
 * as the SPARQL endpoint answers. Never a stack trace.
 *
 * <pre>{@code server.setErrorHandler(new ApiErrors());}</pre>
 */
public final class ApiErrors extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ApiErrors() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        if (Request.getPathInContext(request).startsWith("/api/")) {
            generateAcceptableResponse(request, response, callback, "application/json", List.of(StandardCharsets.UTF_8),
                    code, message, cause);
            return;
        }
        super.generateResponse(request, response, code, message, cause, callback);
    }

    /** Outside {@code /api/}, a client asking for JSON gets plain text, as from Fuseki's own error handler. */
    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
        boolean api = Request.getPathInContext(request).startsWith("/api/");
        String type = !api && ("application/json".equals(contentType) || "text/json".equals(contentType)) ? "text/plain" : contentType;
        return super.generateAcceptableResponse(request, response, callback, type, List.of(StandardCharsets.UTF_8), code, message, cause);
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", code);
        body.put("error", message == null || message.isBlank() ? HttpStatus.getMessage(code) : message);
        try {
            writer.write(JSON.writeValueAsString(body));
        } catch (IOException e) {
            writer.write("{\"status\": " + code + "}");
        }
    }
}
