package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.store.Store;

/**
 * Whole-dataset downloads at {@code /dump}: every format parses back to as many quads (named-graph
 * formats) or triples (the union, for triple formats) as the store holds.
 */
class DumpsTest {
    private static final Map<String, Lang> TRIPLES = Map.of("ttl", Lang.TURTLE, "nt", Lang.NTRIPLES, "rdf", Lang.RDFXML);
    private static final Map<String, Lang> QUADS = Map.of("nq", Lang.NQUADS, "trig", Lang.TRIG, "jsonld", Lang.JSONLD);
    private static NormgraphServer server;

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
    }


    private static HttpResponse<String> download(String ext, Lang lang) {
        HttpResponse<String> r = Http.get(server.url() + "dump/normgraph." + ext);
        assertThat(r.statusCode()).as(ext).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(ext).startsWith(lang.getHeaderString());
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"normgraph." + ext + "\"");
        return r;
    }

    @Test
    void the_dump_page_lists_every_format() {
        HttpResponse<String> r = Http.get(server.url() + "dump?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        for (String ext : new String[] {"ttl", "nt", "nq", "trig", "jsonld", "rdf"}) {
            assertThat(r.body()).contains("href=\"/dump/normgraph." + ext + "\"");
        }
        assertThat(Http.get(server.url() + "dump?lang=zh").body()).contains("数据下载");
    }

    @Test
    void named_graph_formats_hold_every_quad_of_the_store() {
        DatasetGraph store = LoadedStore.get();
        long quads = Store.size(store);
        long graphs = Txn.calculateRead(store, () -> Iter.count(store.listGraphNodes()));
        QUADS.forEach((ext, lang) -> {
            DatasetGraph back = DatasetGraphFactory.createGeneral();
            RDFParser.create().source(new StringReader(download(ext, lang).body())).lang(lang).parse(back);
            assertThat(Iter.count(back.find())).as(ext).isEqualTo(quads);
            assertThat(Iter.count(back.listGraphNodes())).as(ext).isEqualTo(graphs);
        });
    }

    @Test
    void triple_formats_hold_every_triple_of_the_union_graph() {
        DatasetGraph store = LoadedStore.get();
        long triples = Txn.calculateRead(store, () -> Iter.count(store.getUnionGraph().find()));
        assertThat(triples).isGreaterThan(9000);
        TRIPLES.forEach((ext, lang) -> {
            var g = OntologyDocsTest.parse(download(ext, lang).body(), lang);
            assertThat((long) g.size()).as(ext).isEqualTo(triples);
        });
    }

    @Test
    void unknown_files_are_not_found() {
        for (String f : new String[] {"normgraph.xyz", "normgraph.rdfxml", "other.ttl", "normgraph"}) {
            assertThat(Http.get(server.url() + "dump/" + f).statusCode()).as(f).isEqualTo(404);
        }
    }
}
