package org.normgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it (in-process), against a real store in a temporary folder. */
class CliTest {
    @TempDir static Path tmp;
    static Path db;
    static Out firstLoad;

    record Out(int code, String out, String err) {}

    static Out run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Out(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @BeforeAll
    static void load() {
        db = tmp.resolve("db");
        firstLoad = run("load", "--db", db.toString());
    }

    @Test
    void load_prints_counts_per_graph_and_positions() {
        assertThat(firstLoad.code()).isZero();
        assertThat(firstLoad.out()).contains("graph <https://normgraph.org/graph/ontology>")
                .contains("graph <https://normgraph.org/graph/huang-2013-london-process>")
                .containsPattern("Position\\s+\\d+").containsPattern("total: [\\d,]+ triples in \\d+ graphs, \\d+ positions");
        assertThat(firstLoad.err()).contains("checking SHACL shapes").contains("building and loading graphs [####################] 5/5")
                .contains("new store in place").contains("search index written");
    }

    @Test
    void loading_twice_gives_the_same_graph() {
        Out second = run("load", "--db", db.toString());
        assertThat(second.code()).isZero();
        assertThat(total(second.out())).isEqualTo(total(firstLoad.out()));
        Out count = run("query", "--db", db.toString(), "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertThat(count.out()).contains(total(firstLoad.out()).replace(",", ""));
    }

    @Test
    void compact_says_how_big_the_store_was_and_is_and_keeps_its_data() {
        Out compact = run("compact", "--db", db.toString());
        assertThat(compact.code()).isZero();
        assertThat(compact.out()).containsPattern("compacted .*db: [\\d.]+ [kM]B -> [\\d.]+ [kM]B");
        Out count = run("query", "--db", db.toString(), "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertThat(count.out()).contains(total(firstLoad.out()).replace(",", ""));
    }

    @Test
    void compacting_a_missing_store_says_to_load_first() {
        Out bad = run("compact", "--db", tmp.resolve("no-store").toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("run `normgraph load` first");
    }

    @Test
    void query_answers_select_in_each_result_format() {
        String q = "PREFIX ng: <https://normgraph.org/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?label WHERE { <https://normgraph.org/id/china> rdfs:label ?label FILTER(lang(?label) = 'en') }";
        assertThat(run("query", "--db", db.toString(), q).out()).contains("\"China\"@en");
        assertThat(run("query", "--db", db.toString(), "--format", "csv", q).out()).startsWith("label").contains("China");
        assertThat(run("query", "--db", db.toString(), "--format", "tsv", q).out()).startsWith("?label").contains("\"China\"@en");
        assertThat(run("query", "--db", db.toString(), "--format", "json", q).out()).contains("\"value\": \"China\"");
        assertThat(run("query", "--db", db.toString(), "--format", "xml", q).out()).contains("<literal xml:lang=\"en\">China</literal>");
    }

    @Test
    void query_reads_a_library_file() {
        Out lib = run("query", "--db", db.toString(), "--format", "csv", "queries/which-actors-backed-which-norms.rq");
        assertThat(lib.code()).isZero();
        assertThat(lib.out().lines().count()).isGreaterThan(25);
        assertThat(lib.out()).contains("China");
    }

    @Test
    void ask_gives_yes_and_construct_gives_turtle_or_ntriples() {
        Out ask = run("query", "--db", db.toString(), "ASK { ?s a <https://normgraph.org/ns#Position> }");
        assertThat(ask.out()).containsIgnoringCase("yes");
        Out ttl = run("query", "--db", db.toString(), "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3");
        assertThat(ttl.code()).isZero();
        assertThat(ttl.out()).containsPattern("(\\s+a\\s+|rdf:type)").contains("PREFIX ng:").doesNotContain("---");
        Out nt = run("query", "--db", db.toString(), "--format", "nt", "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3");
        assertThat(nt.out().lines().filter(l -> l.endsWith(" .")).count()).isEqualTo(3);
    }

    @Test
    void a_query_syntax_error_names_line_and_column_and_exits_1() {
        Out bad = run("query", "--db", db.toString(), "SELECT ?x WHERE {\n  ?x ?y \n");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("query:2:").contains("SPARQL syntax error");
    }

    @Test
    void a_lexical_error_also_names_its_line_and_column() {
        Out bad = run("query", "--db", db.toString(), "SELEC ?x WHERE { ?x ?y ?z }");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("query:1:6: SPARQL syntax error");
    }

    @Test
    void a_format_that_does_not_suit_the_query_is_refused() {
        Out bad = run("query", "--db", db.toString(), "--format", "ttl", "SELECT * WHERE { ?s ?p ?o } LIMIT 1");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("--format ttl does not suit a SELECT query");
    }

    @Test
    void querying_a_missing_store_says_to_load_first() {
        Out bad = run("query", "--db", tmp.resolve("nothing-here").toString(), "ASK {}");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("nothing-here").contains("run `normgraph load` first");
    }

    @Test
    void export_writes_each_format_whole_and_it_parses_back() throws Exception {
        for (String fmt : new String[] {"nq", "trig"}) {
            Path f = tmp.resolve("dump." + fmt);
            assertThat(run("export", "--db", db.toString(), "--format", fmt, "--out", f.toString()).code()).isZero();
            Dataset ds = DatasetFactory.create();
            RDFDataMgr.read(ds, f.toString());
            assertThat(ds.asDatasetGraph().stream().count()).isEqualTo(Long.parseLong(total(firstLoad.out()).replace(",", "")));
        }
        Dataset jsonld = DatasetFactory.create();
        Path j = tmp.resolve("dump.jsonld");
        assertThat(run("export", "--db", db.toString(), "--format", "jsonld", "--out", j.toString()).code()).isZero();
        RDFDataMgr.read(jsonld, j.toString());
        assertThat(jsonld.asDatasetGraph().stream().count()).isEqualTo(Long.parseLong(total(firstLoad.out()).replace(",", "")));
        for (String fmt : new String[] {"ttl", "nt", "rdfxml"}) {
            Path f = tmp.resolve("dump-" + fmt + (fmt.equals("rdfxml") ? ".rdf" : "." + fmt));
            assertThat(run("export", "--db", db.toString(), "--format", fmt, "--out", f.toString()).code()).isZero();
            assertThat(RDFDataMgr.loadModel(f.toString()).size()).isGreaterThan(9000);
            if (fmt.equals("ttl")) assertThat(Files.readString(f)).contains("PREFIX ng:").contains("ng:Position");
        }
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void export_to_a_missing_folder_or_unknown_format_fails_clearly() {
        Out noDir = run("export", "--db", db.toString(), "--format", "nt", "--out", tmp.resolve("no/such/dir/x.nt").toString());
        assertThat(noDir.code()).isEqualTo(1);
        assertThat(noDir.err()).contains("its folder does not exist");
        Out badFmt = run("export", "--db", db.toString(), "--format", "docx");
        assertThat(badFmt.code()).isEqualTo(1);
        assertThat(badFmt.err()).contains("--format docx is not one of");
    }

    @Test
    void validate_checks_everything_and_writes_nothing() throws Exception {
        List<Path> before = scratchFolders();
        Out v = run("validate");
        assertThat(v.code()).isZero();
        assertThat(v.out()).contains("valid: nothing was written").containsPattern("Position\\s+\\d+");
        assertThat(scratchFolders()).as("the scratch store is deleted").isSubsetOf(before);
    }

    /** The scratch stores validate creates in the temporary folder. */
    private static List<Path> scratchFolders() throws Exception {
        try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(p -> p.getFileName().toString().startsWith("normgraph-validate-")).toList();
        }
    }

    @Test
    void validate_reports_bad_input_with_file_and_line_and_exits_1() throws Exception {
        var layout = org.normgraph.TestLayouts.withFixture(tmp.resolve("bad-home"), "quote-not-found");
        String old = System.getProperty("normgraph.home");
        System.setProperty("normgraph.home", layout.seeds().getParent().toString());
        try {
            List<Path> before = scratchFolders();
            Out v = run("validate");
            assertThat(v.code()).isEqualTo(1);
            assertThat(v.err()).contains(org.normgraph.TestLayouts.CLAIMS + ":38:").contains("quote not found");
            assertThat(v.out()).doesNotContain("valid:");
            assertThat(scratchFolders()).as("the scratch store is deleted").isSubsetOf(before);
        } finally {
            if (old == null) System.clearProperty("normgraph.home"); else System.setProperty("normgraph.home", old);
        }
    }

    @Test
    void a_quote_of_the_other_language_version_is_bad_input_at_its_line_exit_1_store_unchanged() throws Exception {
        var layout = org.normgraph.TestLayouts.addExpressions(org.normgraph.TestLayouts.withFixture(tmp.resolve("fr-home"), "good"));
        Path fr = layout.seeds().resolve("zz_call_fr.claims.yaml");
        Files.writeString(fr, Files.readString(fr).replace("quote: \"Paris, le 12 novembre 2018\"", "quote: \"Paris, 12th of November, 2018\""));
        String triples = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        String before = run("query", "--db", db.toString(), "--format", "csv", triples).out();
        Out load = withHome(layout.seeds().getParent(), () -> run("load", "--db", db.toString()));
        assertThat(load.code()).isEqualTo(1);
        assertThat(load.err()).contains("zz_call_fr.claims.yaml:19:", "quote not found in", "zz_call_fr.txt; it is in",
                "zz_call_en.txt (the English expression of zz-call)");
        assertThat(run("query", "--db", db.toString(), "--format", "csv", triples).out()).isEqualTo(before);
    }

    @Test
    void a_folder_named_like_a_seed_is_bad_input_named_by_its_path_not_an_internal_error() throws Exception {
        var layout = org.normgraph.TestLayouts.withFixture(tmp.resolve("folder-home"), "good");
        Files.createDirectories(layout.seeds().resolve("notes.ttl"));
        Out load = withHome(layout.seeds().getParent(), () -> run("load", "--db", tmp.resolve("folder-db").toString()));
        assertThat(load.code()).isEqualTo(1);
        assertThat(load.err()).contains(layout.seeds().resolve("notes.ttl") + ": is a folder").doesNotContain("internal error");
    }

    static Out withHome(Path home, java.util.function.Supplier<Out> command) {
        String old = System.getProperty("normgraph.home");
        System.setProperty("normgraph.home", home.toString());
        try {
            return command.get();
        } finally {
            if (old == null) System.clearProperty("normgraph.home"); else System.setProperty("normgraph.home", old);
        }
    }

    @Test
    void serve_refuses_bad_options_as_usage_errors() {
        Out port = run("serve", "--port", "99999", "--db", db.toString());
        assertThat(port.code()).isEqualTo(2);
        assertThat(port.err()).contains("--port must be between 0 and 65535");
        Out base = run("serve", "--base", "notaniri", "--db", db.toString());
        assertThat(base.code()).isEqualTo(2);
        assertThat(base.err()).contains("--base must be an http(s) IRI");
    }

    @Test
    void serve_on_a_port_in_use_says_so() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            Out busy = run("serve", "--port", Integer.toString(taken.getLocalPort()), "--db", tmp.resolve("busy-db").toString());
            assertThat(busy.code()).isEqualTo(1);
            assertThat(busy.err()).contains("port " + taken.getLocalPort() + " is already in use").doesNotContain("Exception");
        }
    }

    @Test
    void exported_files_are_readable_like_other_files() throws Exception {
        Path f = tmp.resolve("perm.nt");
        assertThat(run("export", "--db", db.toString(), "--format", "nt", "--out", f.toString()).code()).isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
    }

    @Test
    void every_command_has_help() {
        for (String cmd : new String[] {"load", "validate", "query", "export", "serve", "compact"}) {
            Out h = run(cmd, "--help");
            assertThat(h.code()).as(cmd).isZero();
            assertThat(h.out()).as(cmd).contains("Usage: normgraph " + cmd);
        }
        assertThat(run("--help").out()).contains("load").contains("serve").contains("compact");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        Out bad = run("load", "--dbx", "x");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("Unknown option").contains("'--dbx'");
    }

    static String total(String loadOutput) {
        var m = java.util.regex.Pattern.compile("total: ([\\d,]+) triples").matcher(loadOutput);
        return m.find() ? m.group(1) : "?";
    }
}
