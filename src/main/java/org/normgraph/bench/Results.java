package org.normgraph.bench;

import java.util.List;

/** The records a benchmark run measures, serialised as they are into the JSON report. */
final class Results {
    private Results() {}

    /** The machine the run was made on. */
    record Machine(int cores, long memoryMb, String cpu, String jdk, String os, String date, String wrk) {
        Machine {
            if (cores < 1) throw new IllegalArgumentException("no cores");
        }
    }

    /** normgraph load vs Jena's tdb2.tdbloader on the same data (its N-Quads export). */
    record Load(double normgraphSeconds, long triples, double normgraphTriplesPerSecond, long normgraphPeakRssKb,
                double tdbloaderSeconds, long quads, double tdbloaderQuadsPerSecond, long tdbloaderPeakRssKb) {
        Load {
            if (normgraphSeconds <= 0 || tdbloaderSeconds <= 0) throw new IllegalArgumentException("no load time");
        }

        /** Our triples/s over tdbloader's quads/s (the target is >= 0.8). */
        double ratio() {
            return normgraphTriplesPerSecond / tdbloaderQuadsPerSecond;
        }
    }

    /** One page of the site: status, bytes, the first request after start (cold) and the later ones (warm). */
    record Page(String path, int status, long bytes, double coldMillis, Stats warm) {
        Page {
            if (!path.startsWith("/")) throw new IllegalArgumentException("not a path: " + path);
        }
    }

    /** One query of the library on /sparql of normgraph and of standalone Fuseki. */
    record Query(String name, int ourStatus, long ourRows, double ourColdMillis, Stats ours,
                 int fusekiStatus, long fusekiRows, double fusekiColdMillis, Stats fuseki) {
        Query {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("a query needs a name");
        }

        boolean sameRows() {
            return ourStatus == 200 && fusekiStatus == 200 && ourRows == fusekiRows;
        }
    }

    /**
     * Everything measured at one scale. The load tests run at the configured connections (64 by default, as in
     * issue 10) and, where measured, at {@link ScaleRun#FEW} connections ({@code ...Few}; null in older reports).
     */
    record Scale(int scale, long triples, double generateSeconds, int validateExit, double validateSeconds, Load load,
                 double startupSeconds, double fusekiStartupSeconds, long servePeakRssKb, long fusekiPeakRssKb,
                 List<Page> pages, List<Query> queries, LoadTest.Result actorPage, LoadTest.Result staticFile,
                 String actorPath, List<String> notes, LoadTest.Result actorPageFew, LoadTest.Result staticFileFew,
                 double jvmStartSeconds, Remote remote) {
        Scale {
            if (scale < 1) throw new IllegalArgumentException("scale must be positive");
        }
    }

    /**
     * normgraph over an external store (Virtuoso) at one scale: its load into the store, serve's start,
     * the same pages, and the query library on normgraph's /sparql over the store beside the store's own
     * /sparql (asked over the same dataset: the load's union graph). Null in reports made without it.
     */
    record Remote(String store, int loadExit, double loadSeconds, long loadPeakRssKb, double startupSeconds, long servePeakRssKb,
                  List<Page> pages, List<RemoteQuery> queries, List<String> notes) {}

    /** One library query on normgraph's /sparql over the external store and on the store's own /sparql. */
    record RemoteQuery(String name, int ourStatus, long ourRows, Stats ours, int storeStatus, long storeRows, Stats store) {
        boolean sameRows() {
            return ourStatus == 200 && storeStatus == 200 && ourRows == storeRows;
        }
    }

    /** A whole run: the machine, the command, and each scale. */
    record Run(Machine machine, String command, String startedAt, double totalSeconds, List<Scale> scales) {}
}
