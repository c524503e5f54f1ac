package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.ConflictingStore;

/**
 * Views across sources over real HTTP: entity pages by source with the "where sources meet" panel,
 * the page comparing two sources, and the consistency report (on the real sources plus an account
 * that contradicts the paper on purpose).
 */
class CrossSourceViewsTest {
    static final String PAPER = "huang-2013-london-process", RUSSIA_2013 = "russia-2013-basic-principles";
    static String url;
    static NormgraphServer conflicting;

    @BeforeAll
    static void start() {
        url = PaperServer.shared().url();
        conflicting = NormgraphServer.create().dataset(ConflictingStore.get()).port(0).layout(ConflictingStore.layout()).build().start();
    }

    @AfterAll
    static void stop() {
        conflicting.stop();
    }

    @Test
    void russias_page_groups_positions_by_source_its_own_2013_text_before_the_paper() {
        String html = Http.get(url + "id/russia?lang=en").body();
        int own = html.indexOf("id=\"positions-" + RUSSIA_2013 + "\""), paper = html.indexOf("id=\"positions-" + PAPER + "\"");
        assertThat(own).as("Russia's own text has a group").isPositive();
        assertThat(paper).as("the paper has a group").isGreaterThan(own);
        assertThat(html.substring(own, paper)).contains("primary source").contains("2013-07-24")
                .contains("Convention on International Information Security");
        assertThat(html.substring(paper)).contains("secondary source").contains("网络军备条约");
    }

    @Test
    void russias_page_sets_its_own_text_beside_the_papers_account_where_both_speak_on_one_norm() {
        String html = Http.get(url + "id/russia?lang=en").body();
        String panel = section(html, "cross-source");
        assertThat(panel).contains("International cybersecurity legislation is necessary").contains("sources agree");
        int own = panel.indexOf("href=\"/id/source/" + RUSSIA_2013 + "\""), paper = panel.indexOf("href=\"/id/source/" + PAPER + "\"");
        assertThat(own).isPositive();
        assertThat(paper).isGreaterThan(own);
        assertThat(panel).containsPattern("href=\"/id/source/" + RUSSIA_2013 + "#ev-[A-Za-z0-9-]+\">to create conditions for promoting internationally the Russian initiative");
        assertThat(panel).contains("旨在为全球制订网络安全国际公约提供范例").contains("2011-09");
        assertThat(Http.get(url + "id/russia?lang=zh").body()).contains("来源一致").contains("一手来源");
        assertThat(Http.get(url + "id/need-international-cyber-legislation?lang=en").body()).contains("id=\"cross-source\"");
        assertThat(Http.get(url + "id/china?lang=en").body()).doesNotContain("id=\"cross-source\"");
    }

    @Test
    void facts_on_an_instrument_page_are_grouped_by_source() {
        String html = Http.get(url + "id/paris-call?lang=en").body();
        assertThat(section(html, "facts")).contains("class=\"source-row\"").contains("primary source")
                .contains("href=\"/id/source/paris-call-2018\"");
    }

    @Test
    void comparing_russias_text_with_the_paper_shows_shared_entities_and_where_they_agree() {
        String html = Http.get(url + "compare/sources?a=" + RUSSIA_2013 + "&b=" + PAPER + "&lang=en").body();
        assertThat(section(html, "meet")).contains("1 agree, 0 differ").contains("International cybersecurity legislation is necessary");
        assertThat(html).contains("id=\"entities-shared\"");
        String shared = html.substring(html.indexOf("id=\"entities-shared\""), html.indexOf("id=\"entities-onlyA\""));
        assertThat(shared).contains("href=\"/id/russia\"").contains("href=\"/id/united-nations\"").doesNotContain("href=\"/id/china\"");
        String onlyPaper = html.substring(html.indexOf("id=\"entities-onlyB\""));
        assertThat(onlyPaper).contains("href=\"/id/china\"").contains("href=\"/id/london-conference\"");
        assertThat(section(html, "conflicts")).contains("No conflicting");
    }

    @Test
    void the_english_and_french_paris_call_agree_wherever_both_quote_a_position() {
        String html = Http.get(url + "compare/sources?a=paris-call-2018&b=paris-call-2018-fr&lang=en").body();
        assertThat(section(html, "meet")).as("29 positions on 27 pairs of actor and norm or instrument").contains("27 agree, 0 differ").contains("lang=\"fr\"");
        assertThat(html).contains("<title>Compare two sources · normgraph</title>");
    }

    @Test
    void the_source_comparison_form_and_its_errors() {
        String form = Http.get(url + "compare/sources").body();
        assertThat(form).contains("id=\"source-picker\"").contains("value=\"" + PAPER + "\"").contains("value=\"" + RUSSIA_2013 + "\"");
        assertThat(Http.get(url + "compare/sources?a=nope&b=" + PAPER).statusCode()).isEqualTo(404);
        assertThat(Http.get(url + "compare/sources?a=" + PAPER + "&b=" + PAPER).statusCode()).isEqualTo(400);
        var bad = Http.get(url + "compare/sources?a=%3Cscript%3E&b=" + PAPER);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("<script>");
    }

    @Test
    void the_consistency_report_lists_each_conflict_with_both_quotes_linked_to_their_sources() {
        String html = Http.get(conflicting.url() + "reports/consistency?lang=en").body();
        assertThat(html).contains("Findings: 4 (dates: 1; hosts, places or chairs: 1; opposite stances: 1; classes: 1).");
        String dates = section(html, "kind-date");
        assertThat(dates).contains("London Conference on Cyberspace").contains("2011-11-03").contains("2011-11-01")
                .containsPattern("href=\"/id/source/conflicting-account#ev-zz-london-start\">opened on 3 November 2011")
                .containsPattern("href=\"/id/source/" + PAPER + "#ev-[A-Za-z0-9-]+\">2011年11月1－2日");
        assertThat(section(html, "kind-stance")).contains("href=\"/id/russia\"").contains("opposes").contains("supports");
        assertThat(section(html, "kind-type")).contains("Person").contains("State").contains("China, a person");
        String zh = Http.get(conflicting.url() + "reports/consistency?lang=zh").body();
        assertThat(zh).contains("一致性报告").contains("伦敦网络空间会议").contains("同一活动的主办方、地点或主席不同");
    }

    @Test
    void the_consistency_report_of_the_real_sources_and_as_json() throws Exception {
        assertThat(Http.get(url + "reports/consistency").statusCode()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(Http.get(conflicting.url() + "reports/consistency.json").body());
        assertThat(json.get("findings")).hasSize(4);
        assertThat(json.get("findings").get(0).get("kind").asText()).isEqualTo("date");
        assertThat(json.get("findings").get(0).get("a").get("quote").get("exact").asText()).isNotBlank();
        assertThat(Http.get(url + "list/sources").body()).contains("href=\"/reports/consistency\"").contains("href=\"/compare/sources\"");
    }

    @Test
    void the_timeline_filters_by_source_and_by_kind_of_source() {
        String all = Http.get(url + "timeline?lang=en").body();
        String policy = Http.get(url + "timeline?lang=en&sourceKind=NationalPolicy").body();
        String russia = Http.get(url + "timeline?lang=en&source=" + RUSSIA_2013).body();
        assertThat(count(policy)).isPositive().isLessThan(count(all)).isEqualTo(count(russia));
        assertThat(section(policy, "timeline")).contains("2013-07-24").doesNotContain("2011-11-01");
        assertThat(section(Http.get(url + "timeline?lang=en&sourceKind=ScholarlyPaper").body(), "timeline")).contains("2011-11-01");
        assertThat(Http.get(url + "timeline?source=nope").statusCode()).isEqualTo(400);
        assertThat(Http.get(url + "timeline?lang=en").body()).contains("id=\"timeline-source\"").contains("id=\"timeline-sourceKind\"");
    }

    @Test
    void questions_take_a_source_or_a_kind_of_source() {
        var r = Http.get(url + "questions/positions-with-evidence?lang=en&source=" + RUSSIA_2013);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Convention on International Information Security").doesNotContain("伦敦");
        var byKind = Http.get(url + "questions/which-actors-backed-which-norms?lang=en&sourceKind=DeclarationText");
        assertThat(byKind.statusCode()).isEqualTo(200);
        assertThat(byKind.body()).contains("We reaffirm our support to an open, secure, stable, accessible and peaceful cyberspace");
        assertThat(Http.get(url + "questions/positions-with-evidence?source=nope").statusCode()).isEqualTo(400);
    }

    static int count(String html) {
        Matcher m = Pattern.compile("id=\"timeline-count\">(\\d+)").matcher(html);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The element with this id, up to its closing tag's start of the next top-level section. */
    static String section(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"").matcher(html);
        assertThat(m.find()).as("element #" + id).isTrue();
        int end = html.indexOf("</section>", m.end());
        return html.substring(m.start(), end < 0 ? html.length() : end);
    }
}
