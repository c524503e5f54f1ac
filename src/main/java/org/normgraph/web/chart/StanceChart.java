package org.normgraph.web.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.web.entity.EntityView;
import org.normgraph.web.GraphQueries;
import org.normgraph.web.Row;

/**
 * A small horizontal bar chart of stances, as geometry for the SVG template {@code chart.peb}:
 * one row per category, its bar split into segments by stance (coloured as in the matrix) with a
 * length proportional to the count. On a norm or instrument page the categories are the types of
 * the actors taking positions on it ({@code chart-actor-types.rq}, counting actors); on an actor
 * page they are the stances of its positions, each bar naming the norms and instruments
 * ({@link ActorStances}, from the stance table, counting positions).
 *
 * <pre>{@code StanceChart c = StanceChart.of(queries, view, "en");  // null if nothing to draw
 * c.bars().get(0)  // Bar[x=260, y=10, width=340, height=16, colour=#1b7a3a, label=China, ...]}</pre>
 */
public record StanceChart(String kind, String subject, int width, int height, List<Category> categories,
                          List<Bar> bars, List<Legend> legend) {
    public static final List<String> STANCES = List.of("Supports", "Proposes", "HasReservations", "Opposes");
    public static final Map<String, String> COLOURS = Map.of("Supports", "#1b7a3a", "Proposes", "#1f5fa8",
            "Opposes", "#b3261e", "HasReservations", "#b36b00");
    /** The longest list of names a bar's tooltip shows (a large actor's bar counts hundreds of norms). */
    static final int NAMES_LENGTH = 400;
    static final int WIDTH = 640, LABEL_WIDTH = 248, BAR_X = 260, BAR_SPACE = 330, ROW = 24, BAR = 16, TOP = 6;

    /** One segment: where it is drawn, its colour, stance and count, and who it counts (or its category). */
    public record Bar(int x, int y, int width, int height, String colour, String label, String stance,
                      String category, String categoryLabel, int count) {}

    /** One row's label (shortened to fit, with the full text for its tooltip), link and total. */
    public record Category(int y, String text, String full, String href, String id, int total, int totalX) {}

    public record Legend(int x, int y, String stance, String colour) {}

    /** The chart for an entity page, or null if the entity has no positions to chart. */
    public static StanceChart of(GraphQueries q, EntityView view, String lang) {
        boolean actor = view.isActor();
        List<Row> rows = actor ? ActorStances.rows(org.normgraph.web.matrix.StanceTable.of(q), view.iri(), q.paths())
                : q.select("chart-actor-types", Map.of("s", NodeFactory.createURI(view.iri())));
        return rows.isEmpty() ? null : of(actor ? "stances" : "actorTypes", view.label(lang), rows, lang);
    }

    /** Geometry from rows with ?category (+ _zh/_en labels), ?stance, ?n and optional ?who_zh/?who_en. */
    public static StanceChart of(String kind, String subject, List<Row> rows, String lang) {
        Map<String, List<Row>> byCategory = new LinkedHashMap<>();
        for (Row r : rows) byCategory.computeIfAbsent(r.str("category"), k -> new ArrayList<>()).add(r);
        int max = 1;
        for (List<Row> rs : byCategory.values()) max = Math.max(max, rs.stream().mapToInt(StanceChart::count).sum());
        List<Category> categories = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (List<Row> rs : byCategory.values()) {
            Row first = rs.getFirst();
            String label = first.label("category", lang);
            int x = BAR_X, total = 0;
            for (String stance : STANCES) {
                for (Row r : rs) {
                    if (!stance.equals(r.local("stance"))) continue;
                    int n = count(r), w = Math.max(2, Math.round((float) n * BAR_SPACE / max));
                    String who = r.has("who_" + lang) || r.has("who_en") ? brief(names(r, lang)) : label;
                    bars.add(new Bar(x, y, w, BAR, COLOURS.get(stance), who, stance, first.local("category"), label, n));
                    x += w;
                    total += n;
                }
            }
            categories.add(new Category(y, fit(label, LABEL_WIDTH), label, first.path("category"),
                    first.local("category"), total, x + 4));
            y += ROW;
        }
        int legendY = y + 8;
        List<Legend> legend = new ArrayList<>();
        for (int i = 0; i < STANCES.size(); i++) {
            legend.add(new Legend(4 + i * 150, legendY, STANCES.get(i), COLOURS.get(STANCES.get(i))));
        }
        return new StanceChart(kind, subject, WIDTH, legendY + 22, categories, bars, legend);
    }

    private static int count(Row r) {
        try {
            return Integer.parseInt(r.str("n"));
        } catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }

    /**
     * The names in a row's ?who_zh / ?who_en, which the query joins with "|" in the store's order:
     * sorted, so that every store gives the same list, and joined with "、" in Chinese, ", " in English.
     */
    static String names(Row r, String lang) {
        boolean zh = "zh".equals(lang) && r.has("who_zh");
        String[] names = (zh ? r.str("who_zh") : r.label("who", lang)).split("\\|");
        java.util.Arrays.sort(names);
        return String.join(zh ? "、" : ", ", names);
    }

    /** A list of names for a tooltip, cut after the name that ends within {@link #NAMES_LENGTH} characters, with "…". */
    static String brief(String names) {
        if (names.length() <= NAMES_LENGTH) return names;
        int cut = 0;
        for (String sep : List.of("; ", "；", ", ", "、")) cut = Math.max(cut, names.lastIndexOf(sep, NAMES_LENGTH));
        return (cut > 0 ? names.substring(0, cut) : names.substring(0, NAMES_LENGTH)) + " …";
    }

    /** The text, cut with "…" so that it fits about {@code px} pixels at 12px (CJK characters count double). */
    static String fit(String text, int px) {
        double w = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += cp >= 0x2E80 ? 12 : Character.isUpperCase(cp) ? 8 : 6.5;
            if (w > px - 12) return sb.toString().strip() + "…";
            sb.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return text;
    }
}
