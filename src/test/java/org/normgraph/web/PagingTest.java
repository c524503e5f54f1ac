package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lists come in pages with totals and links to the neighbouring pages; downloads stay whole. */
class PagingTest {
    static String url;

    @BeforeAll
    static void start() {
        url = PaperServer.shared().url();
    }

    @Test
    void the_positions_list_is_paged_with_a_total_and_next_and_previous_links() {
        int total = total(Http.get(url + "list/positions?lang=en").body());
        assertThat(total).isGreaterThan(Paging.DEFAULT_SIZE);
        String first = Http.get(url + "list/positions?lang=en").body();
        assertThat(rows(first)).isEqualTo(Paging.DEFAULT_SIZE);
        assertThat(first).contains("rel=\"next\" href=\"/list/positions?lang=en&amp;page=2\"").doesNotContain("rel=\"prev\"");
        String second = Http.get(url + "list/positions?lang=en&page=2").body();
        assertThat(rows(second)).isEqualTo(Math.min(Paging.DEFAULT_SIZE, total - Paging.DEFAULT_SIZE));
        assertThat(second).contains("rel=\"prev\" href=\"/list/positions?lang=en&amp;page=1\"");
        int csvRows = (int) Http.get(url + "list/positions.csv?lang=en").body().lines().count() - 1;
        assertThat(csvRows).as("the download is whole (one row per quote)").isGreaterThanOrEqualTo(total);
    }

    @Test
    void a_page_size_keeps_the_filters_in_the_links() {
        String html = Http.get(url + "list/actors?lang=en&type=State&size=3&page=2").body();
        assertThat(rows(html)).isEqualTo(3);
        assertThat(html).contains("href=\"/list/actors?lang=en&amp;type=State&amp;size=3&amp;page=3\"")
                .contains("href=\"/list/actors?lang=en&amp;type=State&amp;size=3&amp;page=1\"");
        String page1 = Http.get(url + "list/actors?lang=en&type=State&size=3&page=1").body();
        assertThat(ids(page1)).doesNotContainAnyElementsOf(ids(html));
    }

    @Test
    void page_and_size_out_of_range_are_refused_with_the_allowed_range() {
        var zero = Http.get(url + "list/actors?lang=en&page=0");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(zero.body()).contains("page").contains("from 1 to");
        assertThat(Http.get(url + "list/actors?lang=en&size=501").body()).contains("from 1 to 500");
        assertThat(Http.get(url + "list/actors?size=abc").statusCode()).isEqualTo(400);
        assertThat(Http.get(url + "list/actors?page=9999").statusCode()).isEqualTo(400);
    }

    @Test
    void an_actor_page_shows_its_positions_a_page_at_a_time_primary_sources_first() {
        String all = Http.get(url + "id/russia?lang=en&size=500").body();
        int total = count(all, "<li class=\"position ");
        assertThat(total).isGreaterThan(10);
        assertThat(all).doesNotContain("id=\"positions-pager\"");
        String first = Http.get(url + "id/russia?lang=en&size=10").body();
        assertThat(count(first, "<li class=\"position ")).isEqualTo(10);
        assertThat(first).contains("id=\"positions-pager\"").contains("href=\"/id/russia?lang=en&amp;size=10&amp;page=2#positions\"")
                .contains("id=\"positions-russia-2013-basic-principles\"").doesNotContain("id=\"positions-huang-2013-london-process\"")
                .contains("id=\"cross-source\"");
        int pages = (total + 9) / 10;
        String last = Http.get(url + "id/russia?lang=en&size=10&page=" + pages).body();
        assertThat(count(last, "<li class=\"position ")).isEqualTo(total - 10 * (pages - 1));
        assertThat(last).contains("id=\"positions-huang-2013-london-process\"");
        assertThat(Http.get(url + "id/russia?size=10&page=" + (pages + 1)).statusCode()).isEqualTo(400);
    }

    static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    static int total(String html) {
        Matcher m = Pattern.compile("id=\"list-count\">(\\d+) entries").matcher(html);
        assertThat(m.find()).as("count line").isTrue();
        return Integer.parseInt(m.group(1));
    }

    static int rows(String html) {
        String body = html.substring(html.indexOf("id=\"list\""));
        body = body.substring(body.indexOf("<tbody>"), body.indexOf("</tbody>"));
        return body.split("<tr", -1).length - 1;
    }

    static java.util.List<String> ids(String html) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("data-id=\"([^\"]+)\"").matcher(html);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
