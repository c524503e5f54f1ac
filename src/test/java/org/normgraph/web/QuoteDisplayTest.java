package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normgraph.TestLayouts;
import org.normgraph.store.Loader;
import org.normgraph.store.Store;

/** Quotes are shown with their context, in reading form, and with normgraph's translation in the other language's pages. */
class QuoteDisplayTest {
    @TempDir static Path tmp;
    static NormgraphServer server;

    @BeforeAll
    static void start() throws Exception {
        DatasetGraph dsg = Store.open(tmp.resolve("db"));
        new Loader(TestLayouts.withFixture(tmp.resolve("seeds"), "translated"), new PrintStream(new ByteArrayOutputStream())).load(dsg);
        server = NormgraphServer.create().dataset(dsg).port(0).layout(TestLayouts.project()).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void an_english_page_shows_the_quote_with_its_context_and_normgraphs_translation_under_it() {
        String html = Http.get(server.url() + "id/china?lang=en").body();
        int quote = html.indexOf(">网络空间应遵守“网络主权”</a>");
        assertThat(quote).isPositive();
        String block = html.substring(html.lastIndexOf("<blockquote", quote), html.indexOf("</blockquote>", quote));
        assertThat(block).contains("<span class=\"context\">…").contains("国政府有关互联网的基本政策，并提出");
        assertThat(block).contains("<p class=\"translation\" lang=\"en\"><span class=\"translation-label\">normgraph&#39;s translation:</span>"
                + " cyberspace should respect “cyber sovereignty”</p>");
    }

    @Test
    void a_chinese_page_shows_the_original_without_the_english_translation() {
        String html = Http.get(server.url() + "id/china?lang=zh").body();
        assertThat(html).contains(">网络空间应遵守“网络主权”</a>").doesNotContain("cyberspace should respect");
    }

    @Test
    void fact_quotes_are_shown_in_reading_form_without_the_pdf_spaces() {
        String html = Http.get(server.url() + "id/budapest-conference?lang=en").body();
        assertThat(html).contains(">2012年10月4－5日，由匈牙利外交部主办</a>")
                .contains("on 4–5 October 2012, hosted by the Hungarian Ministry of Foreign Affairs");
    }

    @Test
    void the_api_gives_each_position_its_quote_in_context_and_the_translation_marked_as_normgraphs() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Http.get(server.url() + "api/entity/china").body());
        var position = java.util.stream.StreamSupport.stream(json.get("positions").spliterator(), false)
                .filter(p -> p.get("iri").asText().endsWith("/china-cyber-sovereignty")).findFirst().orElseThrow();
        assertThat(position.get("quote").asText()).isEqualTo("网络空间应遵守“网络主权”");
        var context = position.get("quoteContext");
        assertThat(context.get("text").asText()).isEqualTo("网络空间应遵守“网络主权”");
        assertThat(context.get("before").asText()).endsWith("并提出");
        assertThat(context.get("translation").get("lang").asText()).isEqualTo("en");
        assertThat(context.get("translation").get("by").asText()).isEqualTo("normgraph");
        assertThat(context.get("translation").get("text").asText()).isEqualTo("cyberspace should respect “cyber sovereignty”");
        assertThat(position.get("hedged").asBoolean()).isFalse();
    }
}
