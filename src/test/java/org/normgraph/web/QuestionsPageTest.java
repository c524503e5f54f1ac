package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.Rows;
import org.normgraph.query.QueryLibrary;

/**
 * The questions page ({@code /questions}) over the real paper: the library in both languages,
 * parameterised questions answered with bound values, bad values refused, and the link to the
 * SPARQL editor carrying the same query with the values in place.
 */
class QuestionsPageTest {
    private static final String ID = "https://normgraph.org/id/";
    private static final Pattern EDITOR_LINK = Pattern.compile("<a id=\"open-in-editor\" href=\"([^\"]*)\"");
    private static final Pattern RESULT_ROW = Pattern.compile("<tr><td>.*?</tr>", Pattern.DOTALL);
    private static NormgraphServer server;
    private static String base;

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
        base = "http://localhost:" + server.port();
    }


    @Test
    void thePageListsAtLeastTwelveQuestionsWithTheirTitlesInChineseAndInEnglish() {
        List<QueryLibrary.Entry> library = QueryLibrary.read(Path.of("queries"));
        assertThat(library).hasSizeGreaterThanOrEqualTo(12);
        for (String lang : List.of("en", "zh")) {
            HttpResponse<String> r = get("/questions?lang=" + lang);
            assertThat(r.statusCode()).isEqualTo(200);
            String html = unescape(r.body());
            assertThat(count(html, "<li class=\"question\"")).as(lang).isGreaterThanOrEqualTo(12);
            for (QueryLibrary.Entry e : library) {
                assertThat(html).as(lang + " " + e.name())
                        .contains("href=\"/questions/" + e.name() + "\">" + e.title(lang) + "</a>");
            }
        }
        assertThat(get("/questions?lang=zh").body()).contains("<h1>问题库</h1>", "哪些行为体对某项规范持某种立场？");
        assertThat(get("/questions?lang=en").body()).contains("<h1>Questions</h1>", "Which actors take a given stance on a norm?");
    }

    @Test
    void whichActorsProposeCyberSovereigntyAnswersChinaWithLinksAndLabels() {
        HttpResponse<String> r = get("/questions/actors-by-stance-on-norm?lang=en&stance=Proposes&norm=cyber-sovereignty");
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> rows = rows(r.body());
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("<a href=\"/id/china\">China</a>"));
        assertThat(rows).allSatisfy(row -> assertThat(row)
                .contains("<a href=\"/id/cyber-sovereignty\">Cyber sovereignty</a>", "<a href=\"/ns#Proposes\">"));
        assertThat(r.body()).contains("<option value=\"Proposes\" selected>", "<option value=\"cyber-sovereignty\" selected>");
        // label columns become link texts, not columns of their own
        String thead = r.body().substring(r.body().indexOf("<thead>"), r.body().indexOf("</thead>"));
        assertThat(thead).contains("<th scope=\"col\">Actor</th>", "<th scope=\"col\">Norm</th>").doesNotContain("?")
                .doesNotContain("Label</th>");
        String zh = get("/questions/actors-by-stance-on-norm?lang=zh&stance=Proposes&norm=cyber-sovereignty").body();
        assertThat(rows(zh)).anySatisfy(row -> assertThat(row).contains("<a href=\"/id/china\">中国</a>", "网络主权"));
    }

    @Test
    void whatChinaSaidAtBudapestIncludesCyberSovereigntyAndItsQuote() {
        String quote = Rows.select(LoadedStore.get(), "PREFIX ng: <https://normgraph.org/ns#> "
                + "PREFIX oa: <http://www.w3.org/ns/oa#> SELECT ?q { <" + ID + "china-budapest-cyber-sovereignty> "
                + "ng:evidence/oa:hasSelector/oa:exact ?q }").getFirst().get("q");
        HttpResponse<String> r = get("/questions/what-actor-said-at-event?lang=en&actor=china&event=budapest-conference");
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> rows = rows(r.body());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(row -> assertThat(row).contains("<a href=\"/id/china\">China</a>",
                        "<a href=\"/id/budapest-conference\">"));
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .contains("<a href=\"/id/cyber-sovereignty\">Cyber sovereignty</a>",
                        "<a href=\"/id/evidence/china-budapest-cyber-sovereignty\">" + escape(org.normgraph.source.DisplayText.of(quote)) + "</a>",
                        "<span class=\"context\">…", "<span class=\"translation-label\">normgraph&#39;s translation:</span>",
                        "<a href=\"/id/china-budapest-cyber-sovereignty\">"));
    }

    @Test
    void aValueThatIsNotOnOfferIsA400WithAMessageOnThePage() {
        HttpResponse<String> r = get("/questions/actors-by-stance-on-norm?lang=en&stance=Adores&norm=cyber-sovereignty");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"param-error\"", "“Adores” is not one of the values offered for ?stance")
                .doesNotContain("id=\"results\"");
        HttpResponse<String> zh = get("/questions/what-actor-said-at-event?lang=zh&actor=china&event="
                + Http.enc("<script>x</script>"));
        assertThat(zh.statusCode()).isEqualTo(400);
        assertThat(zh.body()).contains("“&lt;script&gt;x&lt;/script&gt;”不是参数 ?event 可选的值").doesNotContain("<script>x");
        // an IRI or SPARQL text is not an id on offer either
        assertThat(get("/questions/what-actor-said-at-event?actor=" + Http.enc(ID + "china") + "&event=budapest-conference")
                .statusCode()).isEqualTo(400);
        assertThat(get("/questions/what-actor-said-at-event?actor=china&event=" + "x".repeat(5000)).statusCode())
                .isEqualTo(400);
    }

    @Test
    void withoutItsRequiredValuesAQuestionShowsOnlyItsForm() {
        HttpResponse<String> r = get("/questions/what-actor-said-at-event?lang=en&actor=china");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"question-form\"", "id=\"param-missing\"", "<option value=\"china\" selected>",
                "<option value=\"budapest-conference\">Budapest Conference on Cyberspace</option>")
                .doesNotContain("id=\"results\"", "id=\"no-rows\"");
        assertThat(r.body()).contains("href=\"/query?example=what-actor-said-at-event\"");
    }

    @Test
    void aQuestionWithNoAnswerSaysSo() {
        HttpResponse<String> r = get("/questions/what-actor-said-at-event?lang=en&actor=china&event=stuxnet");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"no-rows\"", "No rows").doesNotContain("id=\"results\"");
        assertThat(get("/questions/what-actor-said-at-event?lang=zh&actor=china&event=stuxnet").body()).contains("没有结果");
    }

    @Test
    void theSparqlEditorLinkCarriesTheQueryWithTheValuesSubstituted() {
        String html = get("/questions/actors-by-stance-on-norm?lang=en&stance=Proposes&norm=cyber-sovereignty").body();
        Matcher m = EDITOR_LINK.matcher(html);
        assertThat(m.find()).isTrue();
        String href = unescape(m.group(1));
        assertThat(href).startsWith("/query?query=");
        String sparql = URLDecoder.decode(href.substring("/query?query=".length()), StandardCharsets.UTF_8);
        assertThat(sparql).containsAnyOf("id:cyber-sovereignty", "<" + ID + "cyber-sovereignty>");
        assertThat(sparql).containsAnyOf("ng:Proposes", "<https://normgraph.org/ns#Proposes>");
        assertThat(sparql).startsWith("# title@en: Which actors take a given stance on a norm?");
        Query q = QueryFactory.create(sparql);
        assertThat(Rows.select(LoadedStore.get(), q.toString()))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("norm")).isEqualTo(ID + "cyber-sovereignty"))
                .anySatisfy(row -> assertThat(row.get("actor")).isEqualTo(ID + "china"));
        HttpResponse<String> editor = get(href);
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(unescape(editor.body())).as("written in, or as a final VALUES block where a sub-select also names ?norm")
                .containsAnyOf("(id:cyber-sovereignty AS ?norm)", "id:cyber-sovereignty");
        assertThat(q.hasValues() || sparql.contains("(id:cyber-sovereignty AS ?norm)")).isTrue();
    }

    @Test
    void optionalValuesMayBeLeftOutAndNarrowTheAnswerWhenGiven() {
        HttpResponse<String> all = get("/questions/which-actors-backed-which-norms?lang=en");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("<option value=\"\">(any)</option>");
        HttpResponse<String> china = get("/questions/which-actors-backed-which-norms?lang=en&actor=china&norm=");
        assertThat(china.statusCode()).isEqualTo(200);
        assertThat(rows(china.body())).isNotEmpty().hasSizeLessThan(rows(all.body()).size())
                .allSatisfy(row -> assertThat(row).contains("<a href=\"/id/china\">China</a>"));
    }

    @Test
    void theChineseAnswerNamesKindsStancesAndEventsInChinese() {
        HttpResponse<String> zh = get("/questions/which-actors-backed-which-norms?lang=zh&norm=budapest-convention");
        assertThat(zh.statusCode()).isEqualTo(200);
        List<String> rows = rows(zh.body());
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).contains(">条约</a>").doesNotContain(">Treaty</a>"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains(">支持</a>"))
                .anySatisfy(row -> assertThat(row).contains(">伦敦网络空间会议</a>"))
                .noneSatisfy(row -> assertThat(row).contains(">supports</a>"));
    }

    @Test
    void aQuestionWithoutParametersIsAnsweredAtOnceAndUnknownQuestionsAre404() {
        HttpResponse<String> r = get("/questions/positions-by-stance-count?lang=zh");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("id=\"question-form\"").contains("id=\"results\"", "引用本页");
        assertThat(rows(r.body())).hasSize(4);
        assertThat(count(r.body(), "id=\"cite\"")).as("one cite-this").isEqualTo(1);
        assertThat(get("/questions/no-such-question").statusCode()).isEqualTo(404);
        assertThat(get("/questions/" + "y".repeat(300)).statusCode()).isEqualTo(404);
    }

    private static List<String> rows(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = RESULT_ROW.matcher(html);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static int count(String s, String what) {
        return s.split(Pattern.quote(what), -1).length - 1;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static HttpResponse<String> get(String path) {
        return Http.get(base + path);
    }

    @Test
    void answersDownloadAsCsvWithHeadersInThePageLanguageAndIdsBesideLabels() {
        String html = get("/questions/actors-by-stance-on-norm?lang=zh&stance=Proposes&norm=cyber-sovereignty").body();
        assertThat(html).contains("id=\"download-csv\"");
        List<org.apache.commons.csv.CSVRecord> records = CsvDownloads.records(base
                + "/questions/actors-by-stance-on-norm.csv?lang=zh&stance=Proposes&norm=cyber-sovereignty");
        List<String> header = records.getFirst().toList();
        assertThat(header).contains("行为体", "行为体 (id)", "规范", "规范 (id)", "引文");
        org.apache.commons.csv.CSVRecord china = records.stream().filter(r -> r.get(header.indexOf("行为体 (id)")).equals("china"))
                .findFirst().orElseThrow();
        assertThat(china.get(header.indexOf("行为体"))).isEqualTo("中国");
        assertThat(china.get(header.indexOf("规范 (id)"))).isEqualTo("cyber-sovereignty");
    }

    @Test
    void parameterOptionsOfferOnlyValuesThatHaveAnswersAndDescriptionsSpeakToReaders() {
        String html = get("/questions/actors-by-stance-on-norm?lang=en").body();
        String norms = html.substring(html.indexOf("id=\"param-norm\""), html.indexOf("</select>", html.indexOf("id=\"param-norm\"")));
        List<java.util.Map<String, String>> withPositions = Rows.select(LoadedStore.get(),
                "PREFIX ng: <https://normgraph.org/ns#> SELECT DISTINCT ?n WHERE { ?p a ng:Position ; ng:about ?n }");
        int offered = norms.split("<option value=\"[a-z0-9]").length - 1;
        assertThat(offered).isEqualTo(withPositions.size());
        String lead = html.substring(html.indexOf("<p class=\"lead\">"), html.indexOf("</p>", html.indexOf("<p class=\"lead\">")));
        assertThat(lead).doesNotContain("?stance", "Bind").contains("actors");
    }
}
