package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity and list pages, and linked data for every minted IRI, on the paper's data. */
class EntityPagesTest {
    static NormgraphServer server;
    static String url;

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
        url = server.url();
    }


    @Test
    void the_actor_page_of_china_shows_its_positions_with_quotes_linked_to_the_source() {
        String html = Http.get(url + "id/china?lang=en").body();
        assertThat(html).contains("<h1 id=\"entity-label\">China</h1>").contains("中国");
        assertThat(html).contains("href=\"/id/cyber-sovereignty\"");
        assertThat(html).containsPattern("href=\"/id/source/huang-2013-london-process#ev-[a-z0-9-]+\">[^<]*网络主权");
        assertThat(html).contains("href=\"/id/huang-huikang\"").contains("href=\"/id/budapest-conference\"");
        assertThat(html).contains("2012-10-04");
    }

    @Test
    void the_actor_page_names_actors_that_share_and_that_oppose_its_stances() {
        String html = Http.get(url + "id/china?lang=en").body();
        assertThat(html).contains("id=\"alignment\"");
        assertThat(html).contains("href=\"/id/russia\"");
    }

    @Test
    void every_actor_page_offers_compare_even_without_shared_stances() {
        String html = Http.get(url + "id/facebook?lang=en").body();
        assertThat(html).contains("id=\"compare-with\"").contains("name=\"actor\" value=\"facebook\"")
                .contains("list=\"compare-actors\"").contains("/static/picker.js");
        assertThat(html).as("the picker searches as you type: no list of every actor in the page").doesNotContain("<option value=\"china\">");
        assertThat(Http.get(url + "id/cyber-sovereignty").body()).doesNotContain("id=\"compare-with\"");
        assertThat(Http.get(url + "compare?actor=facebook&actor=china").statusCode()).isEqualTo(200);
    }

    @Test
    void the_chinese_page_is_chosen_by_accept_language_and_by_the_switch() {
        assertThat(Http.get(url + "id/china", "Accept-Language", "zh-CN,zh;q=0.9").body()).contains("<h1 id=\"entity-label\">中国</h1>");
        HttpResponse<String> en = Http.get(url + "id/china?lang=en", "Accept-Language", "zh-CN");
        assertThat(en.body()).contains("<h1 id=\"entity-label\">China</h1>").contains("href=\"/id/china?lang=zh\"");
        assertThat(en.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("lang=en"));
    }

    @Test
    void event_norm_and_person_pages_show_their_facts_and_positions() {
        String budapest = Http.get(url + "id/budapest-conference?lang=en").body();
        assertThat(budapest).contains("2012-10-04").contains("href=\"/id/london-process\"").contains("id=\"positions\"");
        String norm = Http.get(url + "id/cyber-sovereignty?lang=en").body();
        assertThat(norm).contains("href=\"/id/china\"").contains("Supports");
        String person = Http.get(url + "id/huang-huikang?lang=zh").body();
        assertThat(person).contains("黄惠康").contains("href=\"/id/china\"");
    }

    @Test
    void every_rdf_format_is_served_by_accept_and_by_suffix_and_parses_back() {
        String[][] formats = {{"text/turtle", "ttl", "TTL"}, {"application/ld+json", "jsonld", "JSONLD"},
                {"application/n-triples", "nt", "NT"}, {"application/rdf+xml", "rdf", "RDFXML"}};
        for (String[] f : formats) {
            HttpResponse<String> byAccept = Http.get(url + "id/china", "Accept", f[0]);
            assertThat(byAccept.statusCode()).isEqualTo(200);
            assertThat(byAccept.headers().firstValue("Content-Type").orElse("")).startsWith(f[0]);
            assertThat(byAccept.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept"));
            for (String body : new String[] {byAccept.body(), Http.get(url + "id/china." + f[1]).body()}) {
                Model m = ModelFactory.createDefaultModel();
                RDFParser.fromString(body, org.apache.jena.riot.RDFLanguages.shortnameToLang(f[2])).parse(m);
                assertThat(m.contains(m.createResource("https://normgraph.org/id/china"), RDFS.label, "China", "en")).as(f[0]).isTrue();
            }
        }
    }

    @Test
    void a_browser_gets_html_and_an_unknown_id_gets_404_in_every_format() {
        assertThat(Http.get(url + "id/china", "Accept", "text/html,application/xhtml+xml").headers()
                .firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(Http.get(url + "id/nobody", "Accept", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(Http.get(url + "id/nobody.ttl").statusCode()).isEqualTo(404);
    }

    @Test
    void positions_and_evidence_iris_dereference_too() {
        String pos = Http.get(url + "id/china-budapest-cyber-sovereignty?lang=en").body();
        assertThat(pos).contains("Cyber sovereignty").contains("href=\"/id/china\"");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(Http.get(url + "id/china-budapest-cyber-sovereignty.ttl").body(), Lang.TURTLE).parse(m);
        assertThat(m.listObjectsOfProperty(m.createProperty("http://www.w3.org/ns/oa#exact")).toList())
                .anyMatch(n -> n.asLiteral().getString().contains("网络主权"));
        HttpResponse<String> ev = Http.get(url + "id/evidence/china-budapest-cyber-sovereignty");
        assertThat(ev.statusCode()).isEqualTo(303);
        assertThat(ev.headers().firstValue("Location").orElse(""))
                .isEqualTo("/id/source/huang-2013-london-process#ev-china-budapest-cyber-sovereignty");
    }

    @Test
    void claim_iris_dereference_and_an_entity_description_includes_its_positions() {
        Model claim = ModelFactory.createDefaultModel();
        RDFParser.fromString(Http.get(url + "id/claim/budapest-conference-startDate-2.ttl").body(), Lang.TURTLE).parse(claim);
        assertThat(claim.listObjectsOfProperty(claim.createProperty("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate")).toList())
                .extracting(n -> n.asResource().getURI()).containsExactly("https://normgraph.org/ns#startDate");
        assertThat(Http.get(url + "id/claim/budapest-conference-startDate-2").statusCode()).isEqualTo(200);
        Model china = ModelFactory.createDefaultModel();
        RDFParser.fromString(Http.get(url + "id/china.ttl").body(), Lang.TURTLE).parse(china);
        assertThat(china.listSubjectsWithProperty(china.createProperty("https://normgraph.org/ns#actor"),
                china.createResource("https://normgraph.org/id/china")).toList()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void source_parts_viewed_in_a_browser_go_to_their_place_in_the_source_view() {
        String doc = "id/source/huang-2013-london-process";
        assertThat(Http.get(url + doc + "/footnote/15").headers().firstValue("Location").orElse("")).isEqualTo("/" + doc + "#fn-15");
        assertThat(Http.get(url + doc + "/section/2").headers().firstValue("Location").orElse("")).isEqualTo("/" + doc + "#sec-2");
        assertThat(Http.get(url + doc + "/paragraph/3").statusCode()).isEqualTo(303);
        assertThat(Http.get(url + doc + "/paragraph/999").statusCode()).isEqualTo(404);
        assertThat(Http.get(url + doc + "/paragraph/3.ttl").body()).contains("ng:text");
    }

    @Test
    void unknown_api_paths_answer_json() {
        HttpResponse<String> r = Http.get(url + "api/no/such/thing");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).startsWith("{").contains("\"status\":404");
    }

    @Test
    void list_pages_filter_by_name_in_either_language() {
        String actors = Http.get(url + "list/actors?q=russ&lang=en").body();
        assertThat(actors).contains("href=\"/id/russia\"").doesNotContain("href=\"/id/china\"");
        String zh = Http.get(url + "list/actors?q=" + Http.enc("俄罗斯") + "&lang=zh").body();
        assertThat(zh).contains("href=\"/id/russia\"");
        String norms = Http.get(url + "list/norms?lang=en").body();
        assertThat(norms.split("<tr data-id=").length - 1).isGreaterThan(20);
        assertThat(Http.get(url + "list/actors?q=zzzzqqq").body()).contains("class=\"empty\"");
    }

    @Test
    void counts_read_as_words_in_both_languages() {
        String en = Http.get(url + "id/london-conference?lang=en").body();
        assertThat(en).contains("more than 60").doesNotContain("more-than");
        String zh = Http.get(url + "id/london-conference?lang=zh").body();
        assertThat(zh).contains("60 多").doesNotContain("more-than");
    }

    @Test
    void an_event_page_leads_with_its_dates_place_host_and_attendance_in_a_fixed_order() {
        String html = Http.get(url + "id/london-conference?lang=en").body();
        int keyFacts = html.indexOf("id=\"key-facts\"");
        assertThat(keyFacts).isPositive().isLessThan(html.indexOf("id=\"facts\""));
        String dl = html.substring(keyFacts, html.indexOf("</dl>", keyFacts));
        java.util.List<String> terms = java.util.regex.Pattern.compile("<dt>([^<]*)</dt>").matcher(dl).results().map(m -> m.group(1)).toList();
        assertThat(terms).contains("start date", "end date", "host");
        assertThat(terms.indexOf("start date")).isLessThan(terms.indexOf("end date"));
        assertThat(terms.indexOf("end date")).isLessThan(terms.indexOf("host"));
        assertThat(dl).contains("2011-11-01", "2011-11-02", "more than 60", "class=\"source-link\"");
    }

    @Test
    void the_actor_list_puts_the_most_active_first_with_counts_a_type_filter_and_a_csv() {
        String html = Http.get(url + "list/actors?lang=en").body();
        java.util.List<Integer> counts = java.util.regex.Pattern.compile("<td class=\"n\">(\\d+)</td>").matcher(html).results()
                .map(m -> Integer.parseInt(m.group(1))).toList();
        assertThat(counts).hasSizeGreaterThan(20).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(counts.getFirst()).isGreaterThanOrEqualTo(10);
        String states = Http.get(url + "list/actors?lang=en&type=State").body();
        assertThat(states).contains("data-id=\"china\"").doesNotContain("data-id=\"huang-zhixiong\"").contains("<option value=\"State\" selected>");
        assertThat(Http.get(url + "list/actors?type=Weapon").statusCode()).isEqualTo(400);
        var csv = CsvDownloads.records(url + "list/actors.csv?lang=zh&type=State");
        assertThat(csv.getFirst().toList()).containsExactly("编号", "名称", "名称（英文）", "类型", "立场数");
        assertThat(csv.subList(1, csv.size())).anySatisfy(r -> assertThat(r.toList()).startsWith("china", "中国", "China", "国家"));
    }

    @Test
    void the_positions_list_shows_actor_stance_norm_event_and_date() {
        String html = Http.get(url + "list/positions?lang=en").body();
        String table = html.substring(html.indexOf("<table class=\"list positions-table\""), html.indexOf("</table>"));
        assertThat(table).contains("<th scope=\"col\">actor</th>", "<th scope=\"col\">stance</th>", "<th scope=\"col\">event</th>",
                "<th scope=\"col\">date</th>");
        String china = table.substring(table.indexOf("<a href=\"/id/cyber-sovereignty\">") - 300, table.indexOf("<a href=\"/id/cyber-sovereignty\">") + 400);
        assertThat(table).contains("<a href=\"/id/budapest-conference\">Budapest Conference on Cyberspace</a>", "2012-10-04", "Proposes");
        assertThat(Http.get(url + "list/positions.csv").statusCode()).isEqualTo(200);
    }

    @Test
    void russias_page_shows_its_positions_from_the_paper_and_from_its_own_2013_text() {
        String html = Http.get(url + "id/russia?lang=en").body();
        assertThat(html).contains("href=\"/id/source/huang-2013-london-process#ev-", "href=\"/id/source/russia-2013-basic-principles#ev-");
        assertThat(html).contains("primary source: <a href=\"/id/source/russia-2013-basic-principles\">", "<time>2013-07-24</time>",
                "secondary source: <a href=\"/id/source/huang-2013-london-process\">");
        String zh = Http.get(url + "id/russia?lang=zh").body();
        assertThat(zh).contains("<p class=\"translation\" lang=\"zh\">");
        String en = html.substring(html.indexOf("russia-2013-basic-principles#ev-"));
        assertThat(en.substring(0, en.indexOf("</blockquote>"))).doesNotContain("class=\"translation\"");
    }

    @Test
    void the_sources_list_puts_primary_texts_first_with_their_kind_date_and_counts() {
        String html = Http.get(url + "list/sources?lang=en").body();
        java.util.List<String> ids = java.util.regex.Pattern.compile("<tr data-id=\"([^\"]+)\">").matcher(html).results()
                .map(m -> m.group(1)).toList();
        assertThat(ids).containsExactly("budapest-convention-2001", "russia-2013-basic-principles", "paris-call-2018", "paris-call-2018-fr",
                "huang-2013-london-process");
        assertThat(html).contains("national policy · primary source", "declaration · primary source", "scholarly paper · secondary source",
                "2013-07-24", "2018-11-12");
        assertThat(Http.get(url + "list/sources?lang=zh").body()).contains("国家政策文件 · 一手来源", "学术论文 · 二手来源");
    }

    @Test
    void the_paris_call_page_names_its_two_texts_and_links_to_both_source_views() {
        String en = Http.get(url + "id/paris-call?lang=en").body();
        assertThat(en).contains("This instrument has 2 texts",
                "<a href=\"/id/source/paris-call-2018-fr\" lang=\"en\">French text (authentic original)</a>",
                "<a href=\"/id/source/paris-call-2018\" lang=\"en\">English text</a>");
        assertThat(Http.get(url + "id/paris-call?lang=zh").body()).contains("本文书有 2 个文本", "法文本（作准原文）");
        assertThat(Http.get(url + "id/source/paris-call-2018-fr?lang=en").body())
                .contains("<div class=\"source-text\" id=\"source-text\" lang=\"fr\">", "id=\"ev-paris-call-2018-fr-paris-ihl\"",
                        "The authentic original text of <a href=\"/id/paris-call#expressions\">Paris Call for Trust and Security in Cyberspace</a>");
        assertThat(Http.get(url + "id/source/paris-call-2018?lang=en").body())
                .contains("lang=\"en\">", "One text (language version) of <a href=\"/id/paris-call#expressions\">");
        assertThat(Http.get(url + "id/cyber-sovereignty?lang=en").body()).doesNotContain("id=\"expressions\"");
    }

    @Test
    void a_paris_call_position_shows_its_english_and_its_french_quote_each_under_its_primary_source() {
        String html = Http.get(url + "id/paris-ihl?lang=zh").body();
        int en = html.indexOf("id=\"positions-paris-call-2018\""), fr = html.indexOf("id=\"positions-paris-call-2018-fr\"");
        assertThat(en).isPositive().isLessThan(fr);
        String english = html.substring(en, fr), french = html.substring(fr, html.indexOf("</section>", fr));
        assertThat(english).contains("一手来源: <a href=\"/id/source/paris-call-2018\">", "href=\"/id/source/paris-call-2018#ev-paris-ihl\"")
                .doesNotContain("lang=\"fr\"");
        assertThat(french).contains("一手来源: <a href=\"/id/source/paris-call-2018-fr\">", "<p class=\"original\" lang=\"fr\">",
                "href=\"/id/source/paris-call-2018-fr#ev-paris-call-2018-fr-paris-ihl\"", "国际人道法和习惯国际法");
        assertThat(french.split("<li class=\"position ")).hasSize(2);
        assertThat(html).doesNotContain("id=\"cross-source\"");
        String supporters = Http.get(url + "id/paris-call-supporters?lang=en").body();
        assertThat(supporters.split("<li class=\"position ")).hasSize(2 * 29 + 1);
        String matrix = Http.get(url + "matrix?lang=en&actorType=all&source=paris-call-2018-fr").body();
        assertThat(matrix).as("a cell's first quote, here from the French text").contains("<p class=\"original\" lang=\"fr\">",
                "primary source: <a href=\"/id/source/paris-call-2018-fr\">Paris Call for Trust and Security in Cyberspace (French original)</a>");
    }
}
