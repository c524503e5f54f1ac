package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.TestLayouts;
import org.normgraph.store.DatasetVersion;

/** The dataset version is stated in VoID and cited on every page and download. */
class CitationTest {
    static NormgraphServer server;
    static String version;

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
        version = DatasetVersion.of(TestLayouts.project(), Instant.now()).version();
    }


    @Test
    void void_states_the_version_and_the_load_time() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(Http.get(server.url() + "void").body(), Lang.TURTLE).parse(m);
        assertThat(m.listObjectsOfProperty(DCTerms.hasVersion).toList()).extracting(n -> n.asLiteral().getString()).containsExactly(version);
        assertThat(m.listObjectsOfProperty(m.createProperty("http://www.w3.org/ns/prov#generatedAtTime")).toList()).hasSize(1);
    }

    @Test
    void every_page_cites_the_version_and_its_own_link() {
        for (String path : new String[] {"", "id/china", "list/actors?q=china", "matrix", "timeline", "network", "ns",
                "id/source/huang-2013-london-process", "query", "search?q=sovereignty"}) {
            String html = Http.get(server.url() + path).body();
            assertThat(html).as(path).contains("id=\"cite\"").contains("dataset version " + version)
                    .contains(server.url().replace("localhost", "localhost") + path.replace("&", "&amp;"));
        }
    }

    @Test
    void the_network_json_carries_the_version() {
        assertThat(Http.get(server.url() + "network.json").body()).contains("\"version\":\"" + version + "\"");
    }

    @Test
    void csv_downloads_carry_the_version_in_their_file_name_and_header() {
        for (String path : new String[] {"matrix.csv", "network.csv", "matrix/positions.csv"}) {
            var r = CsvDownloads.fetch(server.url() + path);
            assertThat(r.headers().firstValue("Content-Disposition").orElse("")).as(path).contains("-" + version + ".csv");
            assertThat(r.headers().firstValue("X-Dataset-Version")).as(path).contains(version);
        }
    }

    @Test
    void a_chinese_page_cites_in_chinese() {
        String html = Http.get(server.url() + "id/china?lang=zh").body();
        String cite = html.substring(html.indexOf("<aside class=\"cite\""), html.indexOf("</aside>", html.indexOf("<aside class=\"cite\"")));
        assertThat(cite).contains("引用本页", "数据集版本 " + version).doesNotContain("dataset version", "loaded");
    }
}
