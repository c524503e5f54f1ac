package org.normgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.normgraph.store.Layout;

/** Project-like folders for tests: the real ontology and paper, with a claims file of the test's choosing. */
public final class TestLayouts {
    public static final String TEXT = "000_e5d6ea557abd06dc.txt";
    public static final String CLAIMS = "000_e5d6ea557abd06dc.claims.yaml";

    private TestLayouts() {}

    /** The project itself: real ontology, real seeds, real queries. */
    public static Layout project() {
        return Layout.of(Path.of("."));
    }

    /** A copy of the ontology and the paper, with {@code fixtures/NAME.claims.yaml} as its claims. */
    public static Layout withFixture(Path dir, String fixture) throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.createDirectories(dir.resolve("ontology"));
        for (String f : new String[] {"normgraph.ttl", "shapes.ttl"}) {
            Files.copy(Path.of("ontology", f), dir.resolve("ontology").resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(Path.of("seeds", TEXT), dir.resolve("seeds").resolve(TEXT), StandardCopyOption.REPLACE_EXISTING);
        try (InputStream in = TestLayouts.class.getResourceAsStream("/fixtures/" + fixture + ".claims.yaml")) {
            if (in == null) throw new IOException("no fixture " + fixture);
            Files.copy(in, dir.resolve("seeds").resolve(CLAIMS), StandardCopyOption.REPLACE_EXISTING);
        }
        return Layout.of(dir);
    }

    /** Adds a fixture Turtle file to the seeds of a layout. */
    public static void addTurtle(Layout layout, String fixture) throws IOException {
        addTurtle(layout, fixture, fixture + ".ttl");
    }

    /** Adds a fixture Turtle file to the seeds of a layout under another file name. */
    public static Path addTurtle(Layout layout, String fixture, String fileName) throws IOException {
        try (InputStream in = TestLayouts.class.getResourceAsStream("/fixtures/" + fixture + ".ttl")) {
            if (in == null) throw new IOException("no fixture " + fixture);
            Path to = layout.seeds().resolve(fileName);
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        }
    }

    /** Adds fixtures/expressions: an English and a French text of one instrument (zz-call) with their claims files. */
    public static Layout addExpressions(Layout layout) throws IOException {
        for (String f : new String[] {"zz_call_en.txt", "zz_call_en.claims.yaml", "zz_call_fr.txt", "zz_call_fr.claims.yaml"}) {
            try (InputStream in = TestLayouts.class.getResourceAsStream("/fixtures/expressions/" + f)) {
                if (in == null) throw new IOException("no fixture expressions/" + f);
                Files.copy(in, layout.seeds().resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return layout;
    }
}
