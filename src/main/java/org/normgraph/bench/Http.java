package org.normgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Timed HTTP requests of the benchmark (HTTP/1.1, no caching, body read in full). */
final class Http {
    /** One answered (or failed) request: status (-1 on a connection error or timeout), bytes, milliseconds. */
    record Hit(int status, long bytes, double millis, byte[] body) {
        Hit {
            if (millis < 0) throw new IllegalArgumentException("negative time");
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration timeout;

    Http(Duration timeout) {
        this.timeout = timeout;
    }

    Hit get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", "text/html,application/json,*/*").GET().build());
    }

    /** A SPARQL protocol query by POST (form-encoded), asking for JSON results. */
    Hit sparql(String endpoint, String query) {
        return sparql(endpoint, query, null);
    }

    /** The same, over the dataset whose default graph is {@code defaultGraph} (the protocol's default-graph-uri), if given. */
    Hit sparql(String endpoint, String query, String defaultGraph) {
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (defaultGraph == null ? "" : "&default-graph-uri=" + URLEncoder.encode(defaultGraph, StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private Hit send(HttpRequest request) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Hit(r.statusCode(), r.body().length, (System.nanoTime() - t0) / 1e6, r.body());
        } catch (IOException e) {
            return new Hit(-1, 0, (System.nanoTime() - t0) / 1e6, new byte[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Hit(-1, 0, (System.nanoTime() - t0) / 1e6, new byte[0]);
        }
    }

    /** Polls a URL until it answers 200 or the limit passes; returns the seconds waited, or -1. */
    double waitFor(String url, double limitSeconds, Proc server) {
        long t0 = System.nanoTime();
        while ((System.nanoTime() - t0) / 1e9 < limitSeconds) {
            if (server != null && !server.alive()) return -1;
            Hit h = send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).GET().build());
            if (h.status() == 200) return (System.nanoTime() - t0) / 1e9;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }
}
