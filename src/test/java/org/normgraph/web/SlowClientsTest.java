package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.TestLayouts;

/** Clients that send their request bodies slowly, or too much of them, cannot tie up the server. */
class SlowClientsTest {
    static final String SLOW_HEAD = "POST /sparql HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nq";
    static NormgraphServer server;

    @BeforeAll
    static void start() {
        server = NormgraphServer.create().dataset(LoadedStore.get()).port(0).layout(TestLayouts.project()).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void fifty_slow_request_bodies_leave_pages_answering_and_are_let_go() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) slow.add(open(SLOW_HEAD));
            Thread.sleep(500);
            long t0 = System.nanoTime();
            HttpResponse<String> page = Http.send(HttpRequest.newBuilder(URI.create(server.url() + "id/china"))
                    .timeout(Duration.ofSeconds(5)).GET().build());
            System.out.printf("page under 50 slow bodies: %d in %.0f ms%n", page.statusCode(), (System.nanoTime() - t0) / 1e6);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("China");
            Thread.sleep(1000);
            int timedOut = 0;
            for (Socket s : slow) {
                s.setSoTimeout(10_000);
                s.getOutputStream().write('x');
                if (firstLine(s.getInputStream()).startsWith("HTTP/1.1 408")) timedOut++;
            }
            assertThat(timedOut).isEqualTo(50);
        } finally {
            for (Socket s : slow) s.close();
        }
    }

    @Test
    void a_body_trickled_in_too_slowly_is_answered_408_and_let_go() throws Exception {
        try (Socket s = open(SLOW_HEAD)) {
            s.setSoTimeout(20_000);
            Thread.sleep(1500);
            s.getOutputStream().write('x');
            s.getOutputStream().flush();
            String answer = firstLine(s.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 408");
        }
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413() {
        String huge = "query=" + "x".repeat(1_200_000);
        HttpResponse<String> r = Http.postLarge(server.url() + "sparql", "application/x-www-form-urlencoded", huge);
        assertThat(r.statusCode()).isEqualTo(413);
        HttpResponse<String> q = Http.postLarge(server.url() + "sparql", "application/sparql-query", "ASK {} #" + "x".repeat(1_200_000));
        assertThat(q.statusCode()).isEqualTo(413);
    }

    @Test
    void a_normal_form_post_is_read_whole_and_answered() {
        HttpResponse<String> r = Http.post(server.url() + "sparql", "application/x-www-form-urlencoded",
                "query=" + Http.enc("ASK { <https://normgraph.org/id/china> ?p ?o }"), "Accept", "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("true");
    }

    static Socket open(String head) throws IOException {
        Socket s = new Socket("localhost", server.port());
        OutputStream out = s.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    static String firstLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\r') sb.append((char) c);
        return sb.toString();
    }
}
