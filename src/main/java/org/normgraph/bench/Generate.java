package org.normgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.normgraph.store.Layout;

/**
 * The benchmark's input generator: writes a project folder ({@code seeds/} with N synthetic sources,
 * each a {@code NNN_name.txt} and its {@code .claims.yaml}, plus copies of the project's
 * {@code ontology/} and {@code queries/}) that {@code normgraph validate} and {@code load} accept.
 * The same seed and scale always give the same files.
 *
 * <pre>{@code java -cp target/normgraph.jar org.normgraph.bench.Generate --scale 10 --out /tmp/w10}</pre>
 */
public final class Generate {
    /** The largest scale accepted: beyond it a run would not fit a machine. */
    public static final int MAX_SCALE = 10_000;
    /** Positions per source: with the entities, facts and paragraphs they bring, ~10k triples a source. */
    public static final int POSITIONS_PER_SOURCE = 250;

    /** What to generate: how many sources, from which seed, into which folder. */
    public record Options(int scale, long seed, Path out) {
        public Options {
            if (scale <= 0 || scale > MAX_SCALE) {
                throw new IllegalArgumentException("--scale must be between 1 and " + MAX_SCALE + " sources, not " + scale);
            }
            if (out == null) throw new IllegalArgumentException("--out DIR is required");
        }
    }

    private Generate() {}

    public static void main(String[] args) {
        try {
            Options o = parse(args);
            long t0 = System.nanoTime();
            int n = generate(o, Layout.home());
            System.out.printf("wrote %d sources to %s in %.1f s%n", n, o.out().resolve("seeds"), (System.nanoTime() - t0) / 1e9);
        } catch (IllegalArgumentException e) {
            System.err.println("bench-generate: " + e.getMessage());
            System.err.println("usage: Generate --scale N --out DIR [--seed S]   (1 <= N <= " + MAX_SCALE + ")");
            System.exit(2);
        }
    }

    static Options parse(String[] args) {
        Integer scale = null;
        long seed = 42;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) throw new IllegalArgumentException("missing value after " + a);
            String v = args[++i];
            switch (a) {
                case "--scale" -> scale = number(a, v);
                case "--seed" -> seed = number(a, v);
                case "--out" -> out = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (scale == null) throw new IllegalArgumentException("--scale N is required");
        return new Options(scale, seed, out);
    }

    private static int number(String option, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not '" + v + "'");
        }
    }

    /** Writes the project folder; copies ontology/ and queries/ from {@code project}. Returns the number of sources. */
    public static int generate(Options o, Path project) {
        try {
            Path seeds = o.out().resolve("seeds");
            if (Files.isDirectory(seeds)) {
                try (Stream<Path> old = Files.list(seeds)) {
                    for (Path p : old.toList()) Files.delete(p);
                }
            }
            Files.createDirectories(seeds);
            for (String dir : new String[] {"ontology", "queries"}) copyDir(project.resolve(dir), o.out().resolve(dir));
            forEachSource(o.scale(), o.seed(), s -> {
                try {
                    Files.writeString(seeds.resolve(s.name() + ".txt"), s.text(), StandardCharsets.UTF_8);
                    Files.writeString(seeds.resolve(s.name() + ".claims.yaml"), s.claims(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return o.scale();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sources of a corpus, in memory (for tests and small scales). */
    public static List<SourceWriter.Source> sources(int scale, long seed) {
        List<SourceWriter.Source> out = new ArrayList<>();
        forEachSource(scale, seed, out::add);
        return out;
    }

    /** Generates the sources of a corpus one by one, in order. */
    public static void forEachSource(int scale, long seed, java.util.function.Consumer<SourceWriter.Source> sink) {
        new Options(scale, seed, Path.of("."));
        World world = World.build(seed, scale);
        Map<String, Thing> byId = world.byId();
        Map<String, List<Thing>> speakers = new HashMap<>();
        for (Thing p : world.people()) speakers.computeIfAbsent(p.represents(), k -> new ArrayList<>()).add(p);
        Set<String> declared = new HashSet<>();
        String format = scale >= 1000 ? "%04d_synthetic_%s" : "%03d_synthetic_%s";
        for (int i = 0; i < scale; i++) {
            SourceWriter w = new SourceWriter(world, byId, speakers, declared, seed, i, POSITIONS_PER_SOURCE);
            sink.accept(w.write(String.format(format, i, w.language())));
        }
    }

    private static void copyDir(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
