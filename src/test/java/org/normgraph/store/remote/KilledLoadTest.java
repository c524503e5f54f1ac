package org.normgraph.store.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.TestLayouts;
import org.normgraph.VirtuosoServer;
import org.normgraph.store.StoreSpec;
import org.normgraph.web.NormgraphServer;

/**
 * A load into an external store killed while it writes its graphs: the pages go on showing the
 * previous version, and the next load removes what the killed one wrote.
 */
class KilledLoadTest {
    static VirtuosoServer virtuoso;

    @BeforeAll
    static void start() {
        virtuoso = VirtuosoServer.start();
    }

    @AfterAll
    static void stop() {
        virtuoso.stop();
    }

    @Test
    void a_load_killed_midway_leaves_the_previous_version_served_and_the_next_load_clears_it() throws Exception {
        StoreSpec spec = RemoteLoadTest.spec(virtuoso);
        RemoteDataset ds = Stores.connect(spec);
        RemoteLoadTest.load(ds);
        GraphVersion served = ds.refresh();
        NormgraphServer server = NormgraphServer.create().dataset(ds).port(0).layout(TestLayouts.project()).build().start();
        try {
            String before = get(server.url() + "id/china");
            assertThat(before).contains("dataset version " + served.id().substring(0, 12));

            Process load = startLoad(spec);
            try {
                waitFor(load.getErrorStream(), "writing graphs to", "2/");
            } finally {
                load.destroyForcibly();
                load.waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(RemoteVersions.all(ds.store())).hasSize(2);   // the killed load's record, with the graphs it began
            assertThat(ds.refresh().id()).isEqualTo(served.id());
            assertThat(get(server.url() + "id/china")).isEqualTo(before);

            ByteArrayOutputStream log = new ByteArrayOutputStream();
            new RemoteLoad(TestLayouts.project(), new PrintStream(log, true, StandardCharsets.UTF_8)).into(ds);
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("removing the graphs of an unfinished load");
            GraphVersion now = ds.refresh();
            assertThat(now.id()).isNotEqualTo(served.id());
            assertThat(RemoteVersions.all(ds.store())).extracting(GraphVersion::id).containsExactly(now.id());
        } finally {
            server.stop();
        }
    }

    private static Process startLoad(StoreSpec spec) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.normgraph.cli.Main", "load",
                "--store", "sparql:" + spec.queryUrl(), "--update-url", spec.updateUrl().toString());
        pb.environment().put(StoreSpec.USER_ENV, spec.user());
        pb.environment().put(StoreSpec.PASSWORD_ENV, spec.password());
        return pb.start();
    }

    /** Reads the process's output until a line holds both texts (the load has written a graph and begun the next). */
    private static void waitFor(InputStream in, String text, String also) throws Exception {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n' || c == '\r') {
                if (line.indexOf(text) >= 0 && line.indexOf(also) >= 0) return;
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        throw new AssertionError("the load ended before it wrote a graph");
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
