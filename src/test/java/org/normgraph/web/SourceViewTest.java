package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.Rows;
import org.normgraph.TestLayouts;

/**
 * The source view of the paper at {@code /id/source/huang-2013-london-process}: the stored text
 * unchanged, evidence highlights with anchors and links, overlapping spans, section anchors with a
 * table of contents, footnote markers and footnotes with their cited works, and escaping.
 */
class SourceViewTest {
    private static final String DOC = "https://normgraph.org/id/source/huang-2013-london-process";
    private static final String PATH = "/id/source/huang-2013-london-process";
    private static NormgraphServer server;
    private static String page;

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
        HttpResponse<String> r = Http.get(server.url() + PATH.substring(1) + "?lang=en", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        page = r.body();
    }


    /** The inner HTML of the {@code .source-text} element. */
    private static String sourceText(String html) {
        int open = html.indexOf("<div class=\"source-text\"");
        return html.substring(html.indexOf('>', open) + 1, html.indexOf("</div>", open));
    }

    /** The visible text of the source, without the added link lists and cited-work lists. */
    private static String visibleText(String inner) {
        String s = inner.replaceAll("(?s)<sup class=\"also\">.*?</sup>", "").replaceAll("(?s)<ul class=\"cited-works\".*?</ul>", "");
        s = s.replaceAll("<[^>]+>", "");
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    @Test
    void the_page_shows_the_title_and_the_text_exactly_as_stored() {
        String stored = Rows.select(LoadedStore.get(), "PREFIX ng: <https://normgraph.org/ns#> SELECT ?t WHERE { <" + DOC + "> ng:text ?t }")
                .getFirst().get("t");
        assertThat(page).contains("2011年“伦敦进程”与网络安全国际立法的未来走向");
        assertThat(page).contains("The 2011 “London Process”");
        assertThat(visibleText(sourceText(page))).isEqualTo(stored);
    }

    @Test
    void every_evidence_span_has_one_anchor_and_a_known_position_links_to_its_page() {
        int spans = Rows.select(LoadedStore.get(), "PREFIX oa: <http://www.w3.org/ns/oa#> SELECT DISTINCT ?ev WHERE { ?ev oa:hasSource <"
                + DOC + "> ; oa:hasSelector/oa:start ?s }").size();
        Matcher m = Pattern.compile("id=\"ev-[^\"]+\"").matcher(page);
        int anchors = 0;
        while (m.find()) anchors++;
        assertThat(anchors).isEqualTo(spans).isGreaterThan(400);
        String ev = "id=\"ev-china-budapest-cyber-sovereignty\"";
        assertThat(page).contains(ev);
        String after = page.substring(page.indexOf(ev), page.indexOf(ev) + 6000);
        assertThat(after).contains("<mark").contains("href=\"/id/china-budapest-cyber-sovereignty\"")
                .contains("China proposes Cyber sovereignty");
    }

    @Test
    void a_claim_links_to_its_subject_with_the_claim_as_tooltip() {
        String ev = "id=\"ev-london-conference-host-4\"";
        assertThat(page).contains(ev);
        String after = page.substring(page.indexOf(ev), page.indexOf(ev) + 800);
        assertThat(after).contains("href=\"/id/london-conference\"").contains("London Conference on Cyberspace · host · ");
    }

    @Test
    void overlapping_spans_share_one_mark_listing_every_link() {
        Matcher m = Pattern.compile("<mark class=\"[^\"]*multi[^\"]*\" data-targets=\"([^\"]*)\" data-links=\"([^\"]*)\"").matcher(page);
        boolean found = false;
        while (m.find()) {
            if (List.of(m.group(1).split(" ")).containsAll(List.of("ev-cyber-sovereignty", "ev-china-budapest-cyber-sovereignty"))) {
                assertThat(m.group(2).split(" ")).contains("/id/cyber-sovereignty", "/id/china-budapest-cyber-sovereignty");
                found = true;
            }
        }
        assertThat(found).as("a mark covered by both the norm's and China's position evidence").isTrue();
        assertThat(page).contains("<sup class=\"also\">");
    }

    @Test
    void sections_have_anchors_and_a_table_of_contents() {
        for (int n = 0; n <= 5; n++) {
            assertThat(page).contains("id=\"sec-" + n + "\"").contains("href=\"#sec-" + n + "\"");
        }
        assertThat(page).contains("<span class=\"seg-heading\">( 一) 伦敦网络空间会议</span>");
    }

    @Test
    void footnotes_12_to_23_have_anchors_markers_link_to_them_and_list_their_works() {
        for (int n = 12; n <= 23; n++) {
            assertThat(page).contains("id=\"fn-" + n + "\"").contains("href=\"#fn-" + n + "\"");
        }
        String fn15 = page.substring(page.indexOf("id=\"fn-15\""), page.indexOf("id=\"fn-16\""));
        String works = fn15.substring(fn15.indexOf("<ul class=\"cited-works\""));
        assertThat(works).contains("href=\"/id/knake-2010\"").contains("Internet Governance in an Age of Cyber Insecurity")
                .contains("Robert K. Knake").contains("href=\"/id/schjolberg-ghernaouti-helie-2011\"");
        assertThat(page).doesNotContain("href=\"#fn-1\"");
    }

    @Test
    void the_source_text_holds_only_the_markup_the_template_writes() {
        String inner = sourceText(page);
        assertThat(inner).doesNotContain("<script");
        Matcher m = Pattern.compile("<(/?)([a-zA-Z]+)").matcher(inner);
        while (m.find()) assertThat(m.group(2)).isIn("span", "mark", "a", "sup", "ul", "li");
    }

    @Test
    void rdf_requests_for_the_source_still_get_rdf_and_evidence_iris_redirect_to_their_anchor() {
        HttpResponse<String> ttl = Http.get(server.url() + PATH.substring(1), "Accept", "text/turtle");
        assertThat(ttl.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        assertThat(ttl.body()).contains("SourceDocument");
        HttpResponse<String> ev = Http.get(server.url() + "id/evidence/knake-2010", "Accept", "text/html");
        assertThat(ev.statusCode()).isEqualTo(303);
        assertThat(ev.headers().firstValue("Location").orElse("")).endsWith(PATH + "#ev-knake-2010");
        assertThat(Http.get(server.url() + "id/source/no-such-paper").statusCode()).isEqualTo(404);
    }

    @Test
    void markup_in_a_source_text_and_in_labels_is_escaped() {
        String ttl = """
                PREFIX ng: <https://normgraph.org/ns#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                <https://normgraph.org/id/source/evil> a ng:SourceDocument ;
                    dcterms:title "<script>alert('title')</script>"@en ;
                    ng:text "Intro <script>alert(1)</script> & \\"end\\" 🙂 tail" .
                <https://normgraph.org/id/evidence/evil> a oa:SpecificResource ;
                    oa:hasSource <https://normgraph.org/id/source/evil> ;
                    oa:hasSelector <https://normgraph.org/id/evidence/evil#position> .
                <https://normgraph.org/id/evidence/evil#position> a oa:TextPositionSelector ; oa:start 6 ; oa:end 31 .
                <https://normgraph.org/id/evidence/tail> a oa:SpecificResource ;
                    oa:hasSource <https://normgraph.org/id/source/evil> ;
                    oa:hasSelector <https://normgraph.org/id/evidence/tail#position> .
                <https://normgraph.org/id/evidence/tail#position> a oa:TextPositionSelector ; oa:start 42 ; oa:end 46 .
                <https://normgraph.org/id/evil> a ng:Norm ; rdfs:label "<img src=x onerror=alert(1)>"@en ;
                    ng:evidence <https://normgraph.org/id/evidence/evil> , <https://normgraph.org/id/evidence/tail> .
                """;
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> RDFParser.create().source(new StringReader(ttl)).lang(Lang.TURTLE).parse(dsg.getDefaultGraph()));
        NormgraphServer evil = NormgraphServer.create().dataset(dsg).port(0).layout(TestLayouts.project()).build().start();
        try {
            HttpResponse<String> r = Http.get(evil.url() + "id/source/evil?lang=en", "Accept", "text/html");
            assertThat(r.statusCode()).isEqualTo(200);
            String html = r.body();
            assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
            assertThat(visibleText(sourceText(html))).isEqualTo("Intro <script>alert(1)</script> & \"end\" 🙂 tail");
            // offsets count code points: the span after the emoji (a surrogate pair) is exactly "tail"
            assertThat(html).containsPattern("id=\"ev-tail\"></span><mark[^>]*><a href=\"/id/evil\">tail</a></mark>");
        } finally {
            evil.stop();
        }
    }
}
