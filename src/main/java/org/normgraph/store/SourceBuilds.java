package org.normgraph.store;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.Model;
import org.normgraph.claims.Specs;
import org.normgraph.problems.Problems;

/**
 * The graphs of a load's sources, built in file order on a second thread a few sources ahead of
 * the thread that writes them to the store (parsing YAML and locating quotes overlaps the TDB2
 * write), with at most {@link #AHEAD} built graphs waiting, so memory stays bounded. Each build
 * keeps its own problems; the writer merges them in file order.
 *
 * <pre>{@code try (SourceBuilds builds = new SourceBuilds(inputs)) {
 *     for (SourceBuilds.Built b : builds) write(b.graph(), b.model());
 * }}</pre>
 */
final class SourceBuilds implements Iterable<SourceBuilds.Built>, AutoCloseable {
    static final int AHEAD = 2;

    /** One source: its claims file, graph IRI and graph (null where its problems stop it), and the problems found. */
    record Built(Specs.File file, String graph, Model model, Problems problems) {}

    private final Inputs in;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("source-build").unstarted(r));

    SourceBuilds(Inputs in) {
        this.in = in;
    }

    @Override
    public Iterator<Built> iterator() {
        Iterator<Path> files = in.claimFiles().iterator();
        ArrayDeque<Future<Built>> queue = new ArrayDeque<>();
        while (queue.size() < AHEAD && files.hasNext()) queue.add(submit(files.next()));
        return new Iterator<>() {
            @Override public boolean hasNext() { return !queue.isEmpty(); }

            @Override
            public Built next() {
                if (queue.isEmpty()) throw new NoSuchElementException();
                Built b = get(queue.poll());
                if (files.hasNext()) queue.add(submit(files.next()));
                return b;
            }
        };
    }

    private Future<Built> submit(Path p) {
        return builder.submit(() -> {
            Problems problems = new Problems();
            Specs.File f = in.file(p);
            String graph = Inputs.graphOf(f, problems);
            Model model = graph == null ? null : in.build(f, problems);
            return new Built(f, graph, model, problems);
        });
    }

    private static Built get(Future<Built> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building a source's graph", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        builder.shutdownNow();
    }
}
