package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages of instrument parts over real HTTP: Article 32 of the Budapest Convention with its heading,
 * instrument, enclosing parts, text, norms and neighbours; the convention listing its parts in
 * order; the Paris Call listing its principles; the source view showing headings without #.
 */
class InstrumentPartPagesTest {
    static String url;

    @BeforeAll
    static void start() {
        url = PaperServer.shared().url();
    }

    @Test
    void article_32_shows_its_heading_instrument_place_text_norm_and_neighbours() {
        HttpResponse<String> r = Http.get(url + "id/budapest-convention-art-32?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body();
        assertThat(html).contains("<h1 id=\"entity-label\">Article 32 – Trans-border access to stored computer data with consent or where publicly available</h1>");
        assertThat(html).contains("<dd class=\"part-number\">32</dd>")
                .contains("<dd class=\"part-heading\">Trans-border access to stored computer data with consent or where publicly available</dd>");
        assertThat(html).contains("<a class=\"part-instrument\" href=\"/id/budapest-convention\">");
        assertThat(html).contains("href=\"/id/budapest-convention-ch-3\"").contains("href=\"/id/budapest-convention-ch-3-sec-2-title-2\"");
        assertThat(html).contains("<p>A Party may, without the authorisation of another Party:</p>")
                .contains("lawful and voluntary consent of the person who has the lawful authority");
        assertThat(html).contains("href=\"/id/source/budapest-convention-2001#ev-budapest-convention-art-32\"");
        assertThat(html).contains("href=\"/id/trans-border-access-to-stored-data\"");
        assertThat(html).contains("rel=\"prev\" href=\"/id/budapest-convention-art-31\"").contains("rel=\"next\" href=\"/id/budapest-convention-art-33\"");
        assertThat(Http.get(url + "id/budapest-convention-art-32?lang=zh").body()).contains("第32条 跨境访问存储的计算机数据（经同意或公开可得）")
                .contains("所属文书");
    }

    @Test
    void an_articles_text_reads_markdown_links_as_their_words() {
        String html = Http.get(url + "id/budapest-convention-art-10?lang=en").body();
        String text = html.substring(html.indexOf("id=\"part-text\""), html.indexOf("</div>", html.indexOf("id=\"part-text\"")));
        assertThat(text).contains("the WIPO Copyright Treaty, with the exception of any moral rights").doesNotContain("README.md");
    }

    @Test
    void the_convention_page_lists_its_parts_chapters_before_their_articles() {
        String html = Http.get(url + "id/budapest-convention?lang=en").body();
        assertThat(html).contains("id=\"parts\"");
        int preamble = html.indexOf("href=\"/id/budapest-convention-preamble\""), ch1 = html.indexOf("href=\"/id/budapest-convention-ch-1\""),
                a1 = html.indexOf("href=\"/id/budapest-convention-art-1\""), ch3 = html.indexOf("href=\"/id/budapest-convention-ch-3\""),
                a32 = html.indexOf("href=\"/id/budapest-convention-art-32\""), a48 = html.indexOf("href=\"/id/budapest-convention-art-48\"");
        assertThat(preamble).isPositive().isLessThan(ch1);
        assertThat(ch1).isLessThan(a1);
        assertThat(a1).isLessThan(ch3);
        assertThat(ch3).isLessThan(a32);
        assertThat(a32).isLessThan(a48);
        for (int n = 1; n <= 48; n++) assertThat(html).contains("href=\"/id/budapest-convention-art-" + n + "\"");
    }

    @Test
    void the_paris_call_lists_its_nine_principles() {
        String html = Http.get(url + "id/paris-call?lang=en").body();
        for (int n = 1; n <= 9; n++) assertThat(html).contains("href=\"/id/paris-call-principle-" + n + "\"");
        String p2 = Http.get(url + "id/paris-call-principle-2?lang=en").body();
        assertThat(p2).contains("<a class=\"part-instrument\" href=\"/id/paris-call\">")
                .contains("href=\"/id/protect-internet-public-core\"");
    }

    @Test
    void the_source_view_shows_the_convention_headings_without_their_marks() {
        HttpResponse<String> r = Http.get(url + "id/source/budapest-convention-2001?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body();
        int open = html.indexOf("<div class=\"source-text\"");
        String text = html.substring(open, html.indexOf("</div>", open));
        assertThat(text).doesNotContainPattern("(?<!&)#(?!\\d+;)").contains("<span class=\"seg-heading\">Article  32");
        assertThat(text).contains("Trans-border access to stored computer data with consent or where publicly available</a>");
        assertThat(html).contains("<li class=\"toc-level-4\"><a href=\"#sec-");
        assertThat(html).contains(">Article 32 – Trans-border access to stored computer data with consent or where publicly available</a>");
    }
}
