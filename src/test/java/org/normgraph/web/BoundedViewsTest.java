package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyst views stay bounded however large the graph grows: the matrix pages its actors and
 * its norms, the network shows its best connected nodes with "show more", the timeline pages, and
 * an entity page pages each of its lists (quotes, positions, where sources meet, facts, alignment);
 * each with totals, links that keep the filters, a Link header, and a 400 naming the range for a
 * bad value. Small page sizes make the paper's data span several pages.
 */
class BoundedViewsTest {
    private static final Pattern ROW = Pattern.compile("<tr data-actor=\"([^\"]+)\">");
    private static final Pattern COLUMN = Pattern.compile("<th class=\"topic\" scope=\"col\" data-about=\"([^\"]+)\">");
    private static final Pattern TL_ITEM = Pattern.compile("<li class=\"tl-item [^\"]*\" data-item=\"([^\"]+)\"");
    private static final Pattern QUOTE = Pattern.compile("class=\"quote-link\" href=\"([^\"]+)\"");
    private static final Pattern ALIGNMENT_NORM = Pattern.compile("<dt><a href=\"([^\"]+)\">");
    private static final ObjectMapper JSON = new ObjectMapper();
    static String url;

    @BeforeAll
    static void start() {
        url = PaperServer.shared().url();
    }

    @Test
    void the_matrix_pages_its_actors_with_a_total_and_links_that_keep_filters_sort_and_the_other_axis() {
        HttpResponse<String> first = Http.get(url + "matrix?lang=en&actorType=all&sort=name&asize=5&nsize=4");
        int total = total(first.body(), "Actors");
        assertThat(total).isGreaterThan(10);
        assertThat(all(ROW, first.body())).hasSize(5);
        assertThat(first.body()).contains("Actors 1–5 of " + total)
                .contains("rel=\"next\" class=\"next\" href=\"/matrix?lang=en&amp;actorType=all&amp;sort=name&amp;asize=5&amp;nsize=4&amp;apage=2\"");
        assertThat(first.headers().firstValue("Link").orElse(""))
                .isEqualTo("</matrix?lang=en&actorType=all&sort=name&asize=5&nsize=4&apage=2>; rel=\"next\"");
        String second = Http.get(url + "matrix?lang=en&actorType=all&sort=name&asize=5&nsize=4&apage=2").body();
        assertThat(all(ROW, second)).hasSize(5).doesNotContainAnyElementsOf(all(ROW, first.body()));
        assertThat(all(COLUMN, second)).as("the norms stay the same").containsExactlyInAnyOrderElementsOf(all(COLUMN, first.body()));
        assertThat(second).contains("Actors 6–10 of " + total).contains("apage=1\"").contains("<option value=\"name\" selected>");
        int pages = (total + 4) / 5;
        String last = Http.get(url + "matrix?lang=en&actorType=all&asize=5&nsize=4&apage=" + pages).body();
        assertThat(all(ROW, last)).hasSize(total - 5 * (pages - 1));
        String pager = last.substring(last.indexOf("id=\"actor-pager\""), last.indexOf("</nav>", last.indexOf("id=\"actor-pager\"")));
        assertThat(pager).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void the_matrix_pages_its_norms_independently_of_its_actors() {
        String first = Http.get(url + "matrix?lang=en&stance=Supports&asize=3&nsize=4").body();
        int total = total(first, "Norms and instruments");
        assertThat(total).isGreaterThan(8);
        assertThat(all(COLUMN, first)).hasSize(4);
        assertThat(first).contains("href=\"/matrix?lang=en&amp;stance=Supports&amp;asize=3&amp;nsize=4&amp;npage=2\"");
        String second = Http.get(url + "matrix?lang=en&stance=Supports&asize=3&nsize=4&npage=2").body();
        assertThat(all(COLUMN, second)).hasSize(4).doesNotContainAnyElementsOf(all(COLUMN, first));
        assertThat(all(ROW, second)).containsExactlyInAnyOrderElementsOf(all(ROW, first));
        assertThat(second).contains("Norms and instruments 5–8 of " + total).contains("<option value=\"Supports\" selected>");
        assertThat(second).doesNotContain("stance-Opposes\" data-about");
    }

    @Test
    void the_matrix_ranks_by_activity_and_its_pages_together_hold_every_actor_of_the_whole_view() {
        String whole = Http.get(url + "matrix?lang=en&actorType=all&asize=200&nsize=100&sort=count").body();
        List<String> paged = new ArrayList<>();
        int total = total(whole, "Actors");
        for (int p = 1; p <= (total + 6) / 7; p++) paged.addAll(all(ROW, Http.get(url + "matrix?lang=en&actorType=all&asize=7&apage=" + p).body()));
        assertThat(paged).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all(ROW, whole));
        List<org.apache.commons.csv.CSVRecord> positions = CsvDownloads.records(url + "matrix/positions.csv?lang=en&actorType=all");
        int actorId = positions.getFirst().toList().indexOf("actor id");
        java.util.Map<String, java.util.Set<String>> byActor = new java.util.TreeMap<>();
        positions.subList(1, positions.size()).forEach(r -> byActor.computeIfAbsent(r.get(actorId), k -> new java.util.HashSet<>()).add(r.get(0)));
        List<String> ranked = byActor.keySet().stream()
                .sorted(java.util.Comparator.comparingInt((String a) -> -byActor.get(a).size()).thenComparing(java.util.Comparator.naturalOrder())).toList();
        assertThat(all(ROW, Http.get(url + "matrix?lang=en&actorType=all&asize=7").body())).as("the most active first")
                .containsExactlyInAnyOrderElementsOf(ranked.subList(0, 7));
    }

    @Test
    void matrix_pages_and_sizes_out_of_range_are_refused_naming_the_allowed_range() {
        assertThat(Http.get(url + "matrix?lang=en&asize=201").body()).contains("&quot;asize&quot;").contains("from 1 to 200");
        assertThat(Http.get(url + "matrix?lang=en&nsize=0").body()).contains("&quot;nsize&quot;").contains("from 1 to 100");
        for (String q : new String[] {"apage=0", "apage=x", "npage=999", "asize=-1", "nsize=abc"}) {
            HttpResponse<String> r = Http.get(url + "matrix?lang=en&" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(r.body()).as(q).contains("must be a whole number from 1 to");
        }
        assertThat(Http.get(url + "matrix?lang=en&nsize=4&npage=999").body()).contains("&quot;npage&quot;");
    }

    @Test
    void the_matrix_downloads_stay_whole_whatever_page_the_view_shows() {
        int rows = CsvDownloads.records(url + "matrix.csv?lang=en&actorType=all").size() - 1;
        assertThat(rows).isEqualTo(total(Http.get(url + "matrix?lang=en&actorType=all&asize=3").body(), "Actors"));
        assertThat(Http.get(url + "matrix?lang=en&actorType=all&asize=3").body()).contains("href=\"/matrix.csv?actorType=all&amp;sort=cluster&amp;lang=en\"");
    }

    @Test
    void the_network_shows_the_best_connected_nodes_and_shows_more_on_request() throws Exception {
        HttpResponse<String> r = Http.get(url + "network.json?actorType=all&limit=10");
        JsonNode net = JSON.readTree(r.body());
        assertThat(nodes(net)).hasSize(10);
        int total = net.get("total").asInt();
        assertThat(total).isGreaterThan(60);
        assertThat(r.headers().firstValue("Link").orElse("")).isEqualTo("</network.json?actorType=all&limit=60>; rel=\"next\"");
        assertThat(nodes(JSON.readTree(Http.get(url + "network.json?actorType=all&limit=60").body()))).hasSize(60).containsAll(nodes(net));
        JsonNode everything = JSON.readTree(Http.get(url + "network.json?actorType=all&limit=1000").body());
        assertThat(nodes(everything)).hasSize(total);
        String html = Http.get(url + "network?lang=en&actorType=all&limit=10").body();
        assertThat(html).contains("10 of " + total + " nodes shown")
                .contains("id=\"network-more\" rel=\"next\" href=\"/network?lang=en&amp;actorType=all&amp;limit=60\"")
                .contains("data-src=\"/network.json?actorType=all&amp;mode=stances&amp;limit=10\"");
        assertThat(Http.get(url + "network?lang=en&actorType=all&limit=1000").body()).doesNotContain("id=\"network-more\"");
        String gexf = Http.get(url + "network.gexf?actorType=all&limit=10").body();
        assertThat(gexf.split("<node ", -1).length - 1).as("the download is whole").isEqualTo(total);
        for (String bad : new String[] {"0", "1001", "many"}) {
            HttpResponse<String> b = Http.get(url + "network.json?limit=" + bad);
            assertThat(b.statusCode()).as(bad).isEqualTo(400);
            assertThat(Http.get(url + "network?lang=en&limit=" + bad).body()).contains("from 1 to 1000");
        }
    }

    @Test
    void the_alignment_network_keeps_the_actors_that_spoke_on_most_norms() throws Exception {
        JsonNode net = JSON.readTree(Http.get(url + "network.json?mode=alignment&actorType=all&limit=5").body());
        assertThat(nodes(net)).hasSize(5).contains("china");
        for (JsonNode e : net.get("elements")) {
            if (e.get("group").asText().equals("edges")) {
                assertThat(nodes(net)).contains(e.get("data").get("source").asText(), e.get("data").get("target").asText());
            }
        }
    }

    @Test
    void the_timeline_comes_in_pages_in_date_order_with_filters_kept() {
        String whole = Http.get(url + "timeline?lang=en&actor=china&size=500").body();
        List<String> all = all(TL_ITEM, whole);
        assertThat(all.size()).isGreaterThan(6);
        HttpResponse<String> first = Http.get(url + "timeline?lang=en&actor=china&size=3");
        assertThat(all(TL_ITEM, first.body())).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(first.body()).contains(all.size() + " dated items").contains("href=\"/timeline?lang=en&amp;actor=china&amp;size=3&amp;page=2\"");
        assertThat(first.headers().firstValue("Link").orElse("")).isEqualTo("</timeline?lang=en&actor=china&size=3&page=2>; rel=\"next\"");
        HttpResponse<String> second = Http.get(url + "timeline?lang=en&actor=china&size=3&page=2");
        assertThat(all(TL_ITEM, second.body())).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(second.headers().firstValue("Link").orElse("")).contains("page=1>; rel=\"prev\"").contains("page=3>; rel=\"next\"");
        assertThat(Http.get(url + "timeline?lang=en&size=501").body()).contains("from 1 to 500");
        assertThat(Http.get(url + "timeline?actor=china&size=3&page=" + (all.size() / 3 + 2)).statusCode()).isEqualTo(400);
    }

    @Test
    void list_pages_send_their_neighbours_as_a_link_header() {
        HttpResponse<String> r = Http.get(url + "list/actors?type=State&size=3&page=2");
        assertThat(r.headers().firstValue("Link").orElse(""))
                .isEqualTo("</list/actors?type=State&size=3&page=1>; rel=\"prev\", </list/actors?type=State&size=3&page=3>; rel=\"next\"");
        assertThat(Http.get(url + "list/actors?type=State&size=500").headers().firstValue("Link")).isEmpty();
    }

    @Test
    void a_matrix_cell_shows_its_first_quote_shortened_and_linked_to_the_whole_quote_in_the_source() {
        String html = Http.get(url + "matrix?lang=en").body();
        Matcher cell = Pattern.compile("<tr data-actor=\"china\">.*?data-about=\"cyber-sovereignty\">(.*?)</td>", Pattern.DOTALL).matcher(html);
        assertThat(cell.find()).isTrue();
        Matcher quote = Pattern.compile("<a class=\"quote-link\" href=\"(/id/source/[^\"#]+)#(ev-[a-z0-9-]+)\">([^<]+)</a>").matcher(cell.group(1));
        assertThat(quote.find()).isTrue();
        String shown = quote.group(3);
        assertThat(shown).as("50 Chinese characters").startsWith("中国代表团团长").endsWith("…").hasSize(51);
        assertThat(all(QUOTE, cell.group(1))).as("one quote a cell").hasSize(1);
        String source = Http.get(url + quote.group(1).substring(1) + "?lang=en").body();
        int at = source.indexOf("id=\"" + quote.group(2) + "\"");
        assertThat(at).isPositive();
        assertThat(shown).doesNotContain("网络主权");
        assertThat(source.substring(at, Math.min(source.length(), at + 20000)).replaceAll("<[^>]+>", "")).as("the whole quote where the link leads")
                .contains("网络主权", "和平利用");
    }

    @Test
    void an_entity_page_pages_each_of_its_lists_with_totals_and_links_that_keep_the_other_lists_pages() {
        String whole = Http.get(url + "id/russia?lang=en").body();
        int positions = count(section(whole, "positions"), "<li class=\"position "), facts = all(QUOTE, section(whole, "facts")).size();
        assertThat(positions).isGreaterThan(3);
        assertThat(facts).isGreaterThan(2);
        assertThat(whole).contains("Positions <span class=\"count\">(" + positions + ")</span>");
        HttpResponse<String> first = Http.get(url + "id/russia?lang=en&size=3&fsize=2");
        String html = first.body();
        assertThat(count(section(html, "positions"), "<li class=\"position ")).isEqualTo(3);
        assertThat(all(QUOTE, section(html, "facts"))).hasSize(2);
        String q = "/id/russia?lang=en&amp;size=3&amp;fsize=2&amp;";
        assertThat(pager(html, "positions-pager")).contains("page 1 of " + (positions + 2) / 3 + " · 1–3 shown / " + positions)
                .contains("rel=\"next\" href=\"" + q + "page=2#positions\"").doesNotContain("rel=\"prev\"");
        assertThat(pager(html, "facts-pager")).contains("1–2 shown / " + facts).contains("href=\"" + q + "fpage=2#facts\"");
        assertThat(first.headers().firstValue("Link").orElse("")).isEqualTo("</id/russia?lang=en&size=3&fsize=2&page=2>; rel=\"next\"");
        String second = Http.get(url + "id/russia?lang=en&size=3&fsize=2&fpage=2").body();
        assertThat(pager(second, "facts-pager")).contains("3–4 shown / " + facts).contains("href=\"" + q + "fpage=1#facts\"");
        assertThat(all(QUOTE, section(second, "facts"))).doesNotContainAnyElementsOf(all(QUOTE, section(html, "facts")));
        assertThat(pager(second, "positions-pager")).as("the other lists stay where they were").contains("1–3 shown").contains(q + "fpage=2&amp;page=2#positions");

        String pairs = Http.get(url + "id/paris-call-supporters?lang=en").body();
        assertThat(pairs).contains("Where sources meet <span class=\"count\">(2)</span>");
        assertThat(count(section(pairs, "cross-source"), "<div class=\"cross ")).isEqualTo(2);
        String one = Http.get(url + "id/paris-call-supporters?lang=en&xsize=1").body();
        assertThat(count(section(one, "cross-source"), "<div class=\"cross ")).isEqualTo(1);
        assertThat(pager(one, "cross-source-pager")).contains("page 1 of 2 · 1–1 shown / 2")
                .contains("href=\"/id/paris-call-supporters?lang=en&amp;xsize=1&amp;xpage=2#cross-source\"");
    }

    @Test
    void the_pages_of_an_entity_list_hold_each_of_its_items_once_in_the_order_of_the_whole_list() {
        for (String[] list : new String[][] {{"china", "positions", "size", "page", "7"}, {"china", "facts", "fsize", "fpage", "4"},
                {"london-conference", "positions", "size", "page", "5"}, {"paris-call-supporters", "cross-source", "xsize", "xpage", "1"}}) {
            List<String> whole = all(QUOTE, section(Http.get(url + "id/" + list[0] + "?lang=en&" + list[2] + "=100").body(), list[1]));
            int size = Integer.parseInt(list[4]);
            assertThat(whole).as(String.join(" ", list)).hasSizeGreaterThan(size);
            List<String> paged = new ArrayList<>();
            for (int p = 1; paged.size() < whole.size() && p <= whole.size(); p++) {
                paged.addAll(all(QUOTE, section(Http.get(url + "id/" + list[0] + "?lang=en&" + list[2] + "=" + size + "&" + list[3] + "=" + p).body(), list[1])));
            }
            assertThat(paged).as(String.join(" ", list)).containsExactlyElementsOf(whole);
        }
    }

    @Test
    void an_actors_page_lists_who_shares_and_who_opposes_its_stances_a_page_of_norms_at_a_time() {
        String whole = Http.get(url + "id/china?lang=en&asize=100").body();
        List<String> norms = all(ALIGNMENT_NORM, section(whole, "alignment"));
        assertThat(norms).hasSizeGreaterThan(2).doesNotHaveDuplicates();
        assertThat(section(whole, "alignment")).contains("href=\"/id/russia\"").contains("<dd class=\"shares\">").doesNotContain("id=\"alignment-pager\"");
        String first = Http.get(url + "id/china?lang=en&asize=2").body();
        assertThat(all(ALIGNMENT_NORM, section(first, "alignment"))).containsExactlyElementsOf(norms.subList(0, 2));
        assertThat(pager(first, "alignment-pager")).contains("1–2 shown / " + norms.size()).contains("href=\"/id/china?lang=en&amp;asize=2&amp;apage=2#alignment\"");
        assertThat(all(ALIGNMENT_NORM, section(Http.get(url + "id/china?lang=en&asize=2&apage=2").body(), "alignment")))
                .containsExactlyElementsOf(norms.subList(2, Math.min(4, norms.size())));
        assertThat(Http.get(url + "id/cyber-sovereignty?lang=en").body()).as("only actors take stances").doesNotContain("id=\"alignment\"");
    }

    @Test
    void the_seeds_small_entities_show_every_item_of_every_list_on_their_default_page() {
        for (String id : new String[] {"russia", "china", "paris-call", "london-conference", "cyber-sovereignty", "huang-huikang"}) {
            String html = Http.get(url + "id/" + id + "?lang=en").body();
            for (String pager : new String[] {"evidence-pager", "positions-pager", "cross-source-pager", "facts-pager"}) {
                assertThat(html).as(id + " " + pager).doesNotContain("id=\"" + pager + "\"");
            }
            if (html.contains("id=\"positions\"")) {
                assertThat(html).as(id).contains("Positions <span class=\"count\">(" + count(section(html, "positions"), "<li class=\"position ") + ")</span>");
            }
        }
    }

    @Test
    void entity_page_sizes_and_pages_out_of_range_are_refused_naming_the_allowed_range() {
        String[][] cases = {{"esize=201", "esize", "from 1 to 200"}, {"size=501", "size", "from 1 to 500"}, {"xsize=0", "xsize", "from 1 to 100"},
                {"fsize=abc", "fsize", "from 1 to 500"}, {"asize=101", "asize", "from 1 to 100"}, {"xpage=999", "xpage", "from 1 to"},
                {"fpage=-1", "fpage", "from 1 to"}, {"apage=999", "apage", "from 1 to"}};
        for (String[] c : cases) {
            HttpResponse<String> r = Http.get(url + "id/china?lang=en&" + c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(r.body()).as(c[0]).contains("&quot;" + c[1] + "&quot;").contains(c[2]);
        }
        assertThat(Http.get(url + "id/china?lang=zh&xsize=0").body()).contains("xsize");
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</section>", start));
    }

    private static String pager(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return html.substring(start, html.indexOf("</nav>", start));
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    private static int total(String html, String axis) {
        Matcher m = Pattern.compile(Pattern.quote(axis) + " \\d+–\\d+ of (\\d+)").matcher(html);
        assertThat(m.find()).as(axis + " count").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static List<String> nodes(JsonNode net) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : net.get("elements")) if (e.get("group").asText().equals("nodes")) out.add(e.get("data").get("id").asText());
        return out;
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
