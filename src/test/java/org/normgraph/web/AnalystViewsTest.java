package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.LoadedStore;
import org.normgraph.store.DatasetVersion;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The analyst views over HTTP on the paper's data: the who-backed-what matrix with its filters and
 * downloads, compare, the timeline, the network and its Gephi exports, and the dataset version
 * that every page and export cites.
 */
class AnalystViewsTest {
    private static final String SOURCE = "/id/source/huang-2013-london-process";
    private static final String GEXF = "http://www.gexf.net/1.2draft";
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final Pattern ROW = Pattern.compile("<tr data-actor=\"([^\"]+)\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"cell([^\"]*)\" data-about=\"([^\"]+)\">(.*?)</td>", Pattern.DOTALL);
    private static final Pattern QUOTE_LINK = Pattern.compile("<a class=\"quote-link\" href=\"([^\"]+)\">");
    private static final Pattern TL_ITEM = Pattern.compile("<li class=\"tl-item ([^\"]*)\" data-item=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    static NormgraphServer server;
    static String url;
    static String version;

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
        url = server.url();
        version = storeVersion();
    }


    // ---- matrix ----

    @Test
    void the_matrix_shows_china_proposing_cyber_sovereignty_with_quotes_linked_to_the_source() {
        Map<String, List<Cell>> matrix = matrix(whole("matrix"));
        Cell cell = cell(matrix, "china", "cyber-sovereignty");
        assertThat(cell.classes()).contains("stance-Proposes");
        assertThat(cell.quoteLinks()).isNotEmpty().allSatisfy(href -> assertThat(href).matches(SOURCE + "#ev-[a-z0-9-]+"));
        String source = Http.get(url + SOURCE.substring(1)).body();
        for (String href : cell.quoteLinks()) assertThat(source).contains("id=\"" + href.substring(href.indexOf('#') + 1) + "\"");
        assertThat(cell(matrix, "russia", "cyber-arms-treaty").classes()).contains("stance-Proposes");
    }

    @Test
    void the_actor_type_filter_keeps_only_states() {
        String html = whole("matrix?actorType=State");
        assertThat(matrix(html).keySet()).contains("china", "russia", "united-states", "uk")
                .doesNotContain("western-countries", "eu", "huang-zhixiong");
        assertThat(all(Pattern.compile("<th class=\"actor\"[^>]*>.*?<small>([^<]*)</small>"), html)).isNotEmpty().containsOnly("State");
        assertThat(html).contains("<option value=\"State\" selected>");
    }

    @Test
    void the_default_matrix_shows_states_and_organisations_and_all_shows_everyone() {
        Map<String, List<Cell>> byDefault = matrix(whole("matrix"));
        assertThat(byDefault.keySet()).contains("china", "russia", "united-states", "eu")
                .doesNotContain("huang-zhixiong", "western-countries");
        Map<String, List<Cell>> all = matrix(whole("matrix?actorType=all"));
        assertThat(all.keySet()).containsAll(byDefault.keySet()).contains("huang-zhixiong", "western-countries");
        assertThat(whole("matrix?actorType=all")).contains("<option value=\"all\" selected>");
    }

    @Test
    void the_source_filters_keep_what_one_source_or_one_kind_of_source_says() {
        Map<String, List<Cell>> russia = matrix(whole("matrix?source=russia-2013-basic-principles"));
        assertThat(russia.keySet()).containsExactly("russia");
        assertThat(russia.get("russia")).allSatisfy(c -> assertThat(c.quoteLinks())
                .allSatisfy(href -> assertThat(href).startsWith("/id/source/russia-2013-basic-principles#ev-")));
        Map<String, List<Cell>> paper = matrix(whole("matrix?sourceKind=ScholarlyPaper"));
        assertThat(paper.keySet()).contains("china", "russia", "united-states");
        assertThat(paper.values().stream().flatMap(List::stream).flatMap(c -> c.quoteLinks().stream()))
                .allSatisfy(href -> assertThat(href).startsWith(SOURCE + "#ev-"));
        assertThat(Http.get(url + "matrix?source=nowhere").statusCode()).isEqualTo(400);
        assertThat(page("network?source=paris-call-2018&actorType=all")).contains("<option value=\"paris-call-2018\" selected>");
    }

    @Test
    void the_stance_filter_keeps_only_opposing_cells() {
        Map<String, List<Cell>> matrix = matrix(whole("matrix?stance=Opposes"));
        assertThat(matrix.keySet()).contains("united-states", "uk").doesNotContain("china", "russia");
        List<Cell> cells = matrix.values().stream().flatMap(List::stream).toList();
        assertThat(cells).isNotEmpty().allSatisfy(c -> assertThat(c.classes()).containsExactly("stance-Opposes"));
        assertThat(cell(matrix, "united-states", "new-cybersecurity-treaty")).isNotNull();
    }

    @Test
    void the_event_filter_keeps_only_what_was_said_at_budapest() {
        String html = whole("matrix?event=budapest-conference");
        Map<String, List<Cell>> matrix = matrix(html);
        assertThat(matrix.keySet()).contains("china", "eu").doesNotContain("russia", "united-states", "huang-zhixiong");
        assertThat(cell(matrix, "china", "cyber-sovereignty")).isNotNull();
        assertThat(cell(matrix, "china", "code-of-conduct-2011")).as("stated at no event").isNull();
        String table = html.substring(html.indexOf("id=\"matrix\""));
        int quotes = count(QUOTE_LINK, table);
        assertThat(quotes).isPositive().isEqualTo(count(Pattern.compile(" · <a href=\"/id/budapest-conference\">"), table));
        ResultSetRewindable rs = srj("matrix.srj?event=budapest-conference");
        assertThat(rs.size()).isEqualTo(quotes);
        rs.forEachRemaining(b -> assertThat(b.getResource("event").getURI()).isEqualTo("https://normgraph.org/id/budapest-conference"));
    }

    @Test
    void an_unknown_filter_value_is_a_400_naming_the_parameter() {
        String[][] cases = {{"actorType", "Bogus"}, {"event", "china"}, {"stance", "Maybe"}, {"about", "china"},
                {"about", "Claim"}, {"sort", "random"}};
        for (String[] c : cases) {
            HttpResponse<String> r = Http.get(url + "matrix?lang=en&" + c[0] + "=" + c[1]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(r.body()).as(c[0]).contains("id=\"error-message\">Unknown value for &quot;" + c[0] + "&quot;: " + c[1]);
        }
        for (String d : new String[] {"matrix.csv", "matrix.srj", "network", "network.json", "network.gexf"}) {
            assertThat(Http.get(url + d + "?stance=Maybe").statusCode()).as(d).isEqualTo(400);
        }
        String long_ = "x".repeat(5000);
        HttpResponse<String> r = Http.get(url + "matrix?about=" + long_);
        assertThat(r.statusCode()).isEqualTo(400);
        String message = between(r.body(), "id=\"error-message\">", "</p>");
        assertThat(message).as("the echoed value is cut short").contains("about").doesNotContain("x".repeat(81));
        assertThat(r.body().contains("Exception")).as("no stack trace").isFalse();
    }

    @Test
    void a_combination_with_no_positions_shows_the_empty_message_and_has_nothing_to_download() {
        HttpResponse<String> r = Http.get(url + "matrix?lang=en&stance=Opposes&about=cyber-sovereignty");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"empty\">No positions match these filters.").doesNotContain("id=\"matrix\"");
        assertThat(Http.get(url + "matrix.csv?stance=Opposes&about=cyber-sovereignty").statusCode()).isBetween(400, 499);
        assertThat(srj("matrix.srj?stance=Opposes&about=cyber-sovereignty").size()).isZero();
        assertThat(Http.get(url + "network.gexf?stance=Opposes&about=cyber-sovereignty").statusCode()).isBetween(400, 499);
    }

    @Test
    void every_order_shows_every_actor_once() {
        List<String> cluster = new ArrayList<>(matrix(whole("matrix?sort=cluster")).keySet());
        List<String> byCount = rowsInOrder(whole("matrix?sort=count"));
        List<String> byName = rowsInOrder(whole("matrix?sort=name"));
        assertThat(rowsInOrder(whole("matrix?sort=cluster"))).doesNotHaveDuplicates().hasSize(cluster.size());
        assertThat(byCount).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(cluster);
        assertThat(byName).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(cluster);
        Map<String, List<Cell>> counted = matrix(whole("matrix?sort=count"));
        List<Integer> sizes = byCount.stream().map(a -> counted.get(a).size()).toList();
        assertThat(sizes).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void the_clustered_order_puts_the_blocs_side_by_side() {
        List<String> order = rowsInOrder(whole("matrix?sort=cluster"));
        assertThat(Math.abs(order.indexOf("china") - order.indexOf("russia"))).as(order.toString()).isEqualTo(1);
        assertThat(Math.abs(order.indexOf("uk") - order.indexOf("united-states"))).as(order.toString()).isEqualTo(1);
    }

    @Test
    void the_csv_has_one_row_per_actor_and_the_columns_of_the_page() throws IOException {
        for (String filters : new String[] {"", "?actorType=State", "?event=london-conference"}) {
            String html = whole("matrix" + filters);
            HttpResponse<byte[]> r = CsvDownloads.fetch(url + "matrix.csv" + filters);
            assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("normgraph-matrix-" + version + ".csv");
            List<CSVRecord> records = CsvDownloads.records(url + "matrix.csv" + filters + (filters.isEmpty() ? "?" : "&") + "lang=en");
            List<String> header = records.getFirst().toList();
            List<String> topics = all(Pattern.compile("<th class=\"topic\"[^>]*><a href=\"[^\"]*\"[^>]*>([^<]*)</a>"), html)
                    .stream().map(AnalystViewsTest::unescape).toList();
            assertThat(header.subList(0, 4)).containsExactly("actor id", "actor", "actor (Chinese)", "actor type");
            assertThat(header.subList(4, header.size())).as(filters).containsExactlyElementsOf(topics);
            List<String> actors = all(Pattern.compile("<th class=\"actor\"[^>]*><a href=\"[^\"]*\">([^<]*)</a>"), html)
                    .stream().map(AnalystViewsTest::unescape).toList();
            List<CSVRecord> rows = records.subList(1, records.size());
            assertThat(rows).allSatisfy(row -> assertThat(row.size()).isEqualTo(header.size()));
            assertThat(rows.stream().map(row -> row.get(1)).toList()).as(filters).containsExactlyElementsOf(actors);
        }
        List<CSVRecord> all = CsvDownloads.records(url + "matrix.csv?lang=en");
        int col = all.getFirst().toList().indexOf("Cyber sovereignty");
        CSVRecord china = all.stream().filter(r -> r.get(0).equals("china")).findFirst().orElseThrow();
        assertThat(china.get(1)).isEqualTo("China");
        assertThat(china.get(2)).isEqualTo("中国");
        assertThat(china.get(col)).startsWith("proposes");
        List<CSVRecord> zh = CsvDownloads.records(url + "matrix.csv?lang=zh");
        assertThat(zh.getFirst().toList()).contains("行为体", "网络主权");
        CSVRecord chinaZh = zh.stream().filter(r -> r.get(0).equals("china")).findFirst().orElseThrow();
        assertThat(chinaZh.get(zh.getFirst().toList().indexOf("网络主权"))).startsWith("提出");
    }

    @Test
    void the_positions_csv_has_one_row_per_quote_with_its_translation_and_place_in_the_source() {
        String html = whole("matrix?stance=Opposes");
        int quotes = quotes(html.substring(html.indexOf("id=\"matrix\"")));
        List<CSVRecord> records = CsvDownloads.records(url + "matrix/positions.csv?stance=Opposes&lang=en");
        List<String> header = records.getFirst().toList();
        assertThat(header).contains("actor id", "actor", "stance", "norm or instrument", "quote (source text)",
                "translation by normgraph", "start offset", "end offset");
        List<CSVRecord> rows = records.subList(1, records.size());
        assertThat(rows).hasSize(quotes).allSatisfy(r -> {
            assertThat(r.get(header.indexOf("stance"))).isEqualTo("opposes");
            assertThat(r.get(header.indexOf("translation by normgraph"))).isNotBlank();
            int start = Integer.parseInt(r.get(header.indexOf("start offset")));
            int end = Integer.parseInt(r.get(header.indexOf("end offset")));
            assertThat(end).isGreaterThan(start);
            assertThat(r.get(header.indexOf("link to the quote"))).contains(SOURCE + "#ev-");
        });
    }

    @Test
    void the_sparql_results_download_has_one_row_per_quote_on_the_page() {
        for (String filters : new String[] {"", "?stance=Opposes", "?actorType=ActorGroup"}) {
            String html = whole("matrix" + filters);
            List<String> links = all(QUOTE_LINK, html.substring(html.indexOf("id=\"matrix\"")));
            ResultSetRewindable rs = srj("matrix.srj" + filters);
            assertThat(rs.size()).as(filters).isEqualTo(quotes(html.substring(html.indexOf("id=\"matrix\""))));
            Set<String> evidence = new HashSet<>();
            rs.forEachRemaining(b -> evidence.add("/id/source/" + lastSegment(b.getResource("doc").getURI())
                    + "#ev-" + lastSegment(b.getResource("ev").getURI())));
            assertThat(evidence).as(filters).containsAll(links);
        }
    }

    // ---- compare ----

    @Test
    void comparing_the_united_states_and_china_shows_they_differ_on_international_cyber_legislation_with_both_quotes() {
        String html = page("compare?actor=united-states&actor=china");
        String row = between(html, "<tr class=\"verdict-differ\" data-about=\"need-international-cyber-legislation\">", "</tr>");
        List<String> sides = all(Pattern.compile("<td data-label=[^>]*>(.*?)</td>", Pattern.DOTALL), row);
        assertThat(sides).hasSize(2);
        assertThat(sides.get(0)).contains("stance-HasReservations").containsPattern(QUOTE_LINK);
        assertThat(sides.get(1)).contains("stance-Supports").containsPattern(QUOTE_LINK);
        assertThat(all(QUOTE_LINK, row)).allSatisfy(href -> assertThat(href).matches(SOURCE + "#ev-[a-z0-9-]+"));
        assertThat(html).contains("id=\"compare-summary\"");
    }

    @Test
    void compare_without_two_actors_is_a_form_to_choose_them_from_actors_with_positions() {
        String empty = page("compare");
        assertThat(empty).contains("id=\"compare-picker\"", "<label for=\"compare-actor-0\">", "<label for=\"compare-filter\">");
        List<String> offered = all(Pattern.compile("<option value=\"([a-z0-9-]+)\""), between(empty, "id=\"compare-actor-0\"", "</select>"));
        assertThat(offered).contains("china", "united-states", "russia").doesNotContain("budapest-conference", "cyber-sovereignty");
        List<Map<String, String>> withPositions = org.normgraph.Rows.select(LoadedStore.get(),
                "PREFIX ng: <https://normgraph.org/ns#> SELECT DISTINCT ?a WHERE { ?p a ng:Position ; ng:actor ?a }");
        assertThat(offered).hasSize(withPositions.size());
        String one = page("compare?actor=china");
        assertThat(one).contains("<option value=\"china\" selected>");
        assertThat(Http.get(url + "compare?actor=china&actor=china").statusCode()).as("the same actor twice is one actor").isEqualTo(200);
    }

    @Test
    void the_agreement_rate_says_how_many_norms_it_rests_on() {
        String html = page("compare?actor=china&actor=russia");
        String summary = between(html, "id=\"compare-summary\">", "</p>");
        Matcher m = Pattern.compile("They agree on (\\d+), differ on (\\d+);.*\\(on (\\d+|one) norms? or instruments?\\)", Pattern.DOTALL).matcher(summary);
        assertThat(m.find()).as(summary).isTrue();
        int on = m.group(3).equals("one") ? 1 : Integer.parseInt(m.group(3));
        assertThat(on).isEqualTo(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)));
    }

    @Test
    void compare_needs_two_to_four_known_actors() {
        HttpResponse<String> five = Http.get(url + "compare?lang=en&actor=china&actor=russia&actor=uk&actor=united-states&actor=eu");
        assertThat(five.statusCode()).isEqualTo(400);
        assertThat(five.body()).contains("two to four");
        assertThat(Http.get(url + "compare?actor=china&actor=russia&actor=uk&actor=united-states").statusCode()).isEqualTo(200);
        assertThat(Http.get(url + "compare?actor=china&actor=nobody").statusCode()).isEqualTo(404);
        assertThat(Http.get(url + "compare?actor=china&actor=cyber-sovereignty").statusCode()).as("a norm, not an actor").isEqualTo(404);
        assertThat(Http.get(url + "compare?actor=china&actor=%3Cscript%3E").statusCode()).isEqualTo(400);
    }

    @Test
    void the_actor_page_of_china_links_to_compare() {
        String html = page("id/china");
        String box = between(html, "id=\"compare-with\"", "</p>");
        assertThat(box).contains("href=\"/compare?actor=china&amp;actor=united-states\"");
        assertThat(Http.get(url + "compare?actor=china&actor=united-states").statusCode()).isEqualTo(200);
    }

    // ---- timeline ----

    @Test
    void the_timeline_shows_the_three_london_process_conferences_in_order() {
        Map<String, String> items = timeline(whole("timeline"));
        List<String> order = new ArrayList<>(items.keySet());
        for (String c : List.of("london-conference", "budapest-conference", "seoul-conference")) {
            assertThat(items.get(c)).as(c).contains("tl-process");
        }
        assertThat(order.indexOf("london-conference")).isLessThan(order.indexOf("budapest-conference"));
        assertThat(order.indexOf("budapest-conference")).isLessThan(order.indexOf("seoul-conference"));
        assertThat(order).contains("stuxnet", "budapest-convention");
    }

    @Test
    void filtering_the_timeline_by_china_keeps_only_china_items() {
        Map<String, String> all = timeline(whole("timeline"));
        Map<String, String> china = timeline(whole("timeline?actor=china"));
        assertThat(china.keySet()).contains("budapest-conference", "china-budapest-cyber-sovereignty", "china-code-of-conduct")
                .doesNotContain("stuxnet", "russia-code-of-conduct", "eu-open-free-cyberspace");
        assertThat(all.keySet()).containsAll(china.keySet());
        assertThat(china.size()).isLessThan(all.size());
        List<String> kept = new ArrayList<>(all.keySet());
        kept.retainAll(china.keySet());
        assertThat(new ArrayList<>(china.keySet())).as("the order is kept").isEqualTo(kept);
        Map<String, String> norm = timeline(whole("timeline?about=cyber-sovereignty"));
        assertThat(norm.keySet()).contains("china-budapest-cyber-sovereignty").doesNotContain("stuxnet");
    }

    @Test
    void positions_dated_only_by_their_event_take_its_date_and_appear_on_the_timeline() {
        String q = "PREFIX ng: <https://normgraph.org/ns#> SELECT ?p ?d ?start WHERE { ?p a ng:Position ; ng:statedAt ?e . "
                + "?e ng:startDate ?start OPTIONAL { ?p ng:date ?d } }";
        List<Map<String, String>> atEvents = org.normgraph.Rows.select(LoadedStore.get(), q);
        assertThat(atEvents).hasSizeGreaterThan(20).allSatisfy(r -> assertThat(r.get("d")).as(r.get("p")).isNotNull());
        List<Map<String, String>> uk = org.normgraph.Rows.select(LoadedStore.get(),
                "PREFIX ng: <https://normgraph.org/ns#> SELECT ?p WHERE { ?p a ng:Position ; ng:actor <https://normgraph.org/id/uk> ; ng:date ?d }");
        Map<String, String> ukTimeline = timeline(whole("timeline?actor=uk"));
        assertThat(uk).hasSizeGreaterThanOrEqualTo(6);
        assertThat(ukTimeline.keySet()).containsAll(uk.stream().map(r -> r.get("p").substring(r.get("p").lastIndexOf('/') + 1)).toList());
        assertThat(org.normgraph.Rows.select(LoadedStore.get(), "PREFIX ng: <https://normgraph.org/ns#> "
                + "SELECT ?d WHERE { <https://normgraph.org/id/estonia-2007-cyberattacks> ng:date ?d ; ng:startDate ?d }")).hasSize(1);
    }

    @Test
    void an_unknown_timeline_filter_is_a_400() {
        for (String q : new String[] {"actor=nobody", "actor=cyber-sovereignty", "about=zzz", "about=china"}) {
            HttpResponse<String> r = Http.get(url + "timeline?lang=en&" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(r.body()).as(q).contains("Unknown value for &quot;" + q.substring(0, q.indexOf('=')) + "&quot;");
        }
    }

    // ---- network ----

    @Test
    void the_network_json_has_nodes_and_edges_in_both_modes() throws IOException {
        for (String mode : new String[] {"stances", "alignment"}) {
            JsonNode net = networkJson(mode);
            assertThat(net.get("mode").asText()).isEqualTo(mode);
            Set<String> nodes = nodeIds(net);
            List<JsonNode> edges = group(net, "edges");
            assertThat(nodes).as(mode).hasSizeGreaterThan(5);
            assertThat(edges).as(mode).hasSizeGreaterThan(5);
            assertThat(edges).allSatisfy(e -> assertThat(nodes).contains(e.get("data").get("source").asText(), e.get("data").get("target").asText()));
            assertThat(nodes).contains("china", "russia", "united-states");
            if (mode.equals("stances")) assertThat(nodes).contains("cyber-sovereignty");
            else assertThat(group(net, "nodes")).allSatisfy(n -> assertThat(n.get("data").get("kind").asText()).isEqualTo("actor"));
        }
        assertThat(Http.get(url + "network.json?mode=circles").statusCode()).isEqualTo(400);
        assertThat(nodeIds(JSON.readTree(Http.get(url + "network.json?event=budapest-conference").body())))
                .contains("china").doesNotContain("russia");
    }

    @Test
    void the_gexf_export_is_valid_gexf_with_the_same_graph_and_the_version() throws Exception {
        var schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schemas.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        var schema = schemas.newSchema(AnalystViewsTest.class.getResource("/schemas/gexf/gexf.xsd"));
        for (String mode : new String[] {"stances", "alignment"}) {
            JsonNode net = networkJson(mode);
            HttpResponse<String> r = Http.get(url + "network.gexf?mode=" + mode);
            assertThat(r.statusCode()).isEqualTo(200);
            Document doc = xml(r.body());
            Element root = doc.getDocumentElement();
            assertThat(root.getNamespaceURI()).isEqualTo(GEXF);
            assertThat(root.getLocalName()).isEqualTo("gexf");
            assertThat(root.getAttribute("version")).isEqualTo("1.2");
            assertThat(doc.getElementsByTagNameNS(GEXF, "description").item(0).getTextContent()).contains("dataset version " + version);
            assertSameGraph(doc, GEXF, net);
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.validate(new StreamSource(new StringReader(r.body())));
        }
    }

    @Test
    void the_graphml_export_is_valid_graphml_with_the_same_graph_and_the_version() throws Exception {
        var schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schemas.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        var schema = schemas.newSchema(AnalystViewsTest.class.getResource("/schemas/graphml/graphml.xsd"));
        for (String mode : new String[] {"stances", "alignment"}) {
            JsonNode net = networkJson(mode);
            String body = Http.get(url + "network.graphml?mode=" + mode).body();
            Document doc = xml(body);
            assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(GRAPHML);
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
            String d0 = null;
            NodeList data = doc.getElementsByTagNameNS(GRAPHML, "data");
            for (int i = 0; i < data.getLength(); i++) {
                Element d = (Element) data.item(i);
                if (d.getAttribute("key").equals("d0")) d0 = d.getTextContent();
            }
            assertThat(d0).contains("dataset version " + version);
            assertSameGraph(doc, GRAPHML, net);
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.validate(new StreamSource(new StringReader(body)));
        }
    }

    @Test
    void the_csv_edge_list_has_every_edge_with_ids_and_labels() throws IOException {
        for (String mode : new String[] {"stances", "alignment"}) {
            JsonNode net = networkJson(mode);
            HttpResponse<byte[]> r = CsvDownloads.fetch(url + "network.csv?mode=" + mode);
            assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains(version);
            List<CSVRecord> records = CsvDownloads.records(url + "network.csv?lang=en&mode=" + mode);
            List<String> header = records.getFirst().toList();
            assertThat(header).containsExactly("source id", "source", "target id", "target", "relation", "weight",
                    "shared stances", "opposed stances", "hedged in the source");
            List<CSVRecord> rows = records.subList(1, records.size());
            assertThat(rows).hasSize(group(net, "edges").size());
            Set<String> nodes = nodeIds(net);
            assertThat(rows).allSatisfy(row -> assertThat(nodes).contains(row.get(0), row.get(2)));
            assertThat(rows).allSatisfy(row -> assertThat(row.get(1)).isNotBlank().isNotEqualTo(row.get(0)));
        }
    }

    @Test
    void hedged_positions_are_marked_on_network_edges_in_json_page_and_csv() throws IOException {
        JsonNode net = new ObjectMapper().readTree(Http.get(url + "network.json?mode=stances&actorType=all&limit=1000").body());
        List<JsonNode> hedged = new ArrayList<>();
        group(net, "edges").forEach(e -> { if (e.get("data").get("hedged").asBoolean()) hedged.add(e); });
        assertThat(hedged).as("the paper hedges at least one stance (可以视为)").isNotEmpty();
        String html = whole("network?actorType=all");
        assertThat(between(html, "<details class=\"network-table\">", "</details>")).contains("(hedged in the source)");
        List<CSVRecord> csv = CsvDownloads.records(url + "network.csv?lang=en&actorType=all");
        int col = csv.getFirst().toList().indexOf("hedged in the source");
        assertThat(csv.subList(1, csv.size())).anySatisfy(r -> assertThat(r.get(col)).isEqualTo("yes"));
    }

    // ---- the dataset version ----

    @Test
    void every_view_cites_the_dataset_version_of_the_store() {
        assertThat(version).matches("[0-9a-f]{12}");
        Model voidModel = ModelFactory.createDefaultModel();
        RDFParser.fromString(Http.get(url + "void").body(), Lang.TURTLE).parse(voidModel);
        assertThat(voidModel.listObjectsOfProperty(DCTerms.hasVersion).mapWith(n -> n.asLiteral().getString()).toList())
                .containsExactly(version);
        for (String p : new String[] {"matrix", "matrix?stance=Opposes", "compare?actor=china&actor=russia", "timeline",
                "timeline?actor=china", "network", "network?mode=alignment"}) {
            String cite = between(page(p), "<aside class=\"cite\" id=\"cite\">", "</aside>");
            assertThat(cite).as(p).contains("dataset version " + version);
        }
    }

    // ---- helpers ----

    record Cell(String about, List<String> classes, List<String> quoteLinks) {}

    /** A view with every row and column on one page (the largest page sizes), as the downloads hold them. */
    private static String whole(String pathAndQuery) {
        return page(pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "asize=200&nsize=100&size=500&limit=1000");
    }

    /** The quotes a matrix page stands for: each cell says how many it has (and shows the first few). */
    private static int quotes(String html) {
        return all(Pattern.compile("<span class=\"n\">(\\d+)</span>"), html).stream().mapToInt(Integer::parseInt).sum();
    }

    private static String page(String pathAndQuery) {
        HttpResponse<String> r = Http.get(url + pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "lang=en");
        assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
        return r.body();
    }

    /** The matrix table: actor id → its non-empty cells, in page order. */
    private static Map<String, List<Cell>> matrix(String html) {
        Map<String, List<Cell>> out = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            List<Cell> cells = new ArrayList<>();
            Matcher c = CELL.matcher(row.group(2));
            while (c.find()) {
                cells.add(new Cell(c.group(2), List.of(c.group(1).strip().split("\\s+")), all(QUOTE_LINK, c.group(3))));
            }
            out.put(row.group(1), cells);
        }
        return out;
    }

    private static List<String> rowsInOrder(String html) { return all(ROW, html); }

    private static Cell cell(Map<String, List<Cell>> matrix, String actor, String about) {
        assertThat(matrix).containsKey(actor);
        return matrix.get(actor).stream().filter(c -> c.about().equals(about)).findFirst().orElse(null);
    }

    /** Timeline items: id → classes, in page order. */
    private static Map<String, String> timeline(String html) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = TL_ITEM.matcher(html);
        while (m.find()) assertThat(out.put(m.group(2), m.group(1))).as("listed once: " + m.group(2)).isNull();
        return out;
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static int count(Pattern p, String text) {
        int n = 0;
        Matcher m = p.matcher(text);
        while (m.find()) n++;
        return n;
    }

    private static String between(String text, String start, String end) {
        int i = text.indexOf(start);
        assertThat(i).as("found: " + start).isNotNegative();
        return text.substring(i, text.indexOf(end, i + start.length()) + end.length());
    }

    private static String lastSegment(String iri) { return iri.substring(iri.lastIndexOf('/') + 1); }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static ResultSetRewindable srj(String pathAndQuery) {
        HttpResponse<String> r = Http.get(url + pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
        return ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON).rewindable();
    }

    private static JsonNode networkJson(String mode) throws IOException {
        HttpResponse<String> r = Http.get(url + "network.json?limit=1000&mode=" + mode);
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static List<JsonNode> group(JsonNode net, String group) {
        List<JsonNode> out = new ArrayList<>();
        net.get("elements").forEach(e -> { if (e.get("group").asText().equals(group)) out.add(e); });
        return out;
    }

    private static Set<String> nodeIds(JsonNode net) {
        Set<String> ids = new HashSet<>();
        group(net, "nodes").forEach(n -> assertThat(ids.add(n.get("data").get("id").asText())).isTrue());
        return ids;
    }

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The XML has the nodes of the JSON, as many edges, and every edge joins two of its nodes. */
    private static void assertSameGraph(Document doc, String ns, JsonNode net) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, "node"), edges = doc.getElementsByTagNameNS(ns, "edge");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) ids.add(((Element) nodes.item(i)).getAttribute("id"));
        assertThat(nodes.getLength()).isEqualTo(group(net, "nodes").size());
        assertThat(ids).isEqualTo(nodeIds(net));
        assertThat(edges.getLength()).isEqualTo(group(net, "edges").size());
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertThat(ids).contains(e.getAttribute("source"), e.getAttribute("target"));
        }
    }

    private static String storeVersion() {
        DatasetGraph dsg = LoadedStore.get();
        Node graph = NodeFactory.createURI(DatasetVersion.META_GRAPH), ds = NodeFactory.createURI(DatasetVersion.DATASET);
        return Txn.calculateRead(dsg, () -> dsg.find(graph, ds, DCTerms.hasVersion.asNode(), Node.ANY).next()
                .getObject().getLiteralLexicalForm());
    }
}
