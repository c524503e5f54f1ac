package org.normgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.normgraph.web.chart.StanceChart;

/**
 * The stance charts on entity pages (server-side SVG): stances by type of actor on a norm's page,
 * stances by norm on an actor's page; their geometry, language and escaping.
 */
class ChartsTest {
    private static final Pattern SVG = Pattern.compile("<svg[^>]*class=\"stance-chart\".*?</svg>", Pattern.DOTALL);
    private static final Pattern BAR = Pattern.compile("<rect class=\"bar stance-(\\w+)\" data-category=\"([^\"]*)\"[^>]*>");
    private static final Paths PATHS = new Paths("https://normgraph.org/");
    private static NormgraphServer server;
    private static String base;

    @BeforeAll
    static void start() {
        server = PaperServer.shared();
        base = "http://localhost:" + server.port();
    }


    @Test
    void theCyberSovereigntyPageChartsWhichTypesOfActorTookWhichStance() {
        String svg = svg("/id/cyber-sovereignty?lang=en");
        assertThat(svg).contains("<title id=\"chart-title\">Stances on Cyber sovereignty by type of actor</title>",
                "<desc id=\"chart-desc\">", ">State</text>", "P · Proposes</text>", "S · Supports</text>");
        assertThat(bars(svg)).contains("Proposes State", "Supports ActorGroup");
        assertThat(svg).containsPattern("<rect class=\"bar stance-Proposes\" data-category=\"State\"[^>]*fill=\"#1f5fa8\">"
                + "<title>State · Proposes: 1 \\(China\\)</title>");
    }

    @Test
    void chinasPageCountsItsPositionsByStanceNamingTheNormsInEachBar() {
        String svg = svg("/id/china?lang=en");
        assertThat(svg).contains("data-kind=\"stances\"", "<title id=\"chart-title\">Positions of China by stance</title>");
        List<String> bars = bars(svg);
        assertThat(bars).contains("Proposes Proposes", "Supports Supports");
        java.util.regex.Matcher proposes = java.util.regex.Pattern.compile("data-stance=\"Proposes\" data-count=\"(\\d+)\"").matcher(svg);
        assertThat(proposes.find()).isTrue();
        assertThat(Integer.parseInt(proposes.group(1))).isGreaterThanOrEqualTo(5);
        assertThat(svg).contains("fill=\"#1f5fa8\"", "Cyber sovereignty", ">P</text>", "P · Proposes");
    }

    @Test
    void theChartSpeaksThePageLanguage() {
        String svg = svg("/id/china?lang=zh");
        assertThat(svg).contains("<title id=\"chart-title\">中国按立场统计的表态</title>", ">提出</text>", "网络主权", "支 · 支持");
        assertThat(svg("/id/cyber-sovereignty?lang=zh")).contains("各类行为体对“网络主权”的立场", ">国家</text>");
    }

    @Test
    void entitiesWithoutPositionsHaveNoChart() {
        String html = Http.get(base + "/id/stuxnet?lang=en").body();
        assertThat(html).doesNotContain("class=\"stance-chart\"");
    }

    @Test
    void barsStackByStanceAndScaleToTheLongestRow() {
        List<Row> rows = List.of(row("a", "Alpha", "Supports", 2), row("a", "Alpha", "Opposes", 2), row("b", "Beta", "Proposes", 1));
        StanceChart c = StanceChart.of("norms", "X", rows, "en");
        assertThat(c.categories()).extracting(StanceChart.Category::text).containsExactly("Alpha", "Beta");
        StanceChart.Bar s = c.bars().get(0), o = c.bars().get(1), p = c.bars().get(2);
        assertThat(s.stance()).isEqualTo("Supports");
        assertThat(o.stance()).isEqualTo("Opposes");
        assertThat(o.x()).isEqualTo(s.x() + s.width());
        assertThat(s.width() + o.width()).as("the longest row fills the space").isEqualTo(330);
        assertThat(p.width()).as("a quarter of the longest").isBetween(82, 83);
        assertThat(p.y()).isGreaterThan(s.y());
        assertThat(o.colour()).isEqualTo("#b3261e");
        assertThat(c.height()).isGreaterThan(p.y() + p.height());
        assertThat(StanceChart.of("norms", "X", List.of(row("a", "x".repeat(200), "Supports", 1)), "en")
                .categories().getFirst().text()).endsWith("…").hasSizeLessThan(60);
    }

    @Test
    void labelsAreEscapedInTheSvg() {
        StanceChart c = StanceChart.of("norms", "<b>X</b>", List.of(row("a", "<script>alert(1)</script>", "Supports", 1)), "en");
        Map<String, Object> model = new HashMap<>(Map.of("chart", c, "lang", "en"));
        String svg = new Templates().render("chart", model, Locale.ENGLISH);
        assertThat(svg).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;X&lt;/b&gt;")
                .doesNotContain("<script>", "<b>");
    }

    private static Row row(String id, String label, String stance, int n) {
        Map<String, RDFNode> m = new HashMap<>();
        m.put("category", ResourceFactory.createResource("https://normgraph.org/id/" + id));
        m.put("category_en", ResourceFactory.createLangLiteral(label, "en"));
        m.put("stance", ResourceFactory.createResource("https://normgraph.org/ns#" + stance));
        m.put("n", ResourceFactory.createTypedLiteral(n));
        return new Row(m, PATHS);
    }

    private static String svg(String path) {
        var r = Http.get(base + path);
        assertThat(r.statusCode()).isEqualTo(200);
        Matcher m = SVG.matcher(r.body());
        assertThat(m.find()).as("an svg chart on " + path).isTrue();
        return m.group();
    }

    private static List<String> bars(String svg) {
        return BAR.matcher(svg).results().map(m -> m.group(1) + " " + m.group(2)).toList();
    }
}
