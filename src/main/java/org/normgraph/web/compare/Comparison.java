package org.normgraph.web.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normgraph.web.Row;

/**
 * Two to four actors side by side: for every norm or instrument any of them took a stance on,
 * whether they agree (all who spoke are for, or all against), differ, or only one has spoken,
 * with each side's positions and quotes; and a summary of how often they agree.
 *
 * <pre>{@code Comparison c = Comparison.of(actorIris, positionsByActor);  c.agreementPercent()}</pre>
 */
public record Comparison(List<String> actors, List<Topic> topics) {

    /** One norm or instrument: each actor's positions on it (possibly none) and the verdict. */
    public record Topic(Row about, Map<String, List<Row>> byActor, String verdict) {
        public List<Row> of(String actor) { return byActor.getOrDefault(actor, List.of()); }
    }

    public static Comparison of(List<String> actors, Map<String, List<Row>> positionsByActor) {
        Map<String, Map<String, List<Row>>> grid = new LinkedHashMap<>();
        Map<String, Row> abouts = new LinkedHashMap<>();
        for (String a : actors) {
            for (Row p : positionsByActor.getOrDefault(a, List.of())) {
                abouts.putIfAbsent(p.str("about"), p);
                grid.computeIfAbsent(p.str("about"), k -> new LinkedHashMap<>()).computeIfAbsent(a, k -> new ArrayList<>()).add(p);
            }
        }
        List<Topic> topics = new ArrayList<>();
        grid.forEach((about, byActor) -> topics.add(new Topic(abouts.get(about), byActor, verdict(byActor))));
        topics.sort((x, y) -> order(x.verdict()) - order(y.verdict()));
        return new Comparison(List.copyOf(actors), topics);
    }

    static String verdict(Map<String, List<Row>> byActor) {
        if (byActor.size() < 2) return "only";
        Boolean common = null;
        for (List<Row> ps : byActor.values()) {
            Boolean sign = sign(ps);
            if (sign == null) return "differ";
            if (common == null) common = sign;
            else if (!common.equals(sign)) return "differ";
        }
        return "agree";
    }

    /** True if every stance is for (supports/proposes), false if every one is against, null if mixed. */
    private static Boolean sign(List<Row> positions) {
        boolean pro = false, con = false;
        for (Row p : positions) {
            String s = p.local("stance");
            if (s.equals("Supports") || s.equals("Proposes")) pro = true; else con = true;
        }
        return pro && con ? null : pro;
    }

    private static int order(String verdict) {
        return switch (verdict) { case "differ" -> 0; case "agree" -> 1; default -> 2; };
    }

    public long count(String verdict) { return topics.stream().filter(t -> t.verdict().equals(verdict)).count(); }

    /** Agreement among the topics on which at least two of them spoke, as a whole percentage (or -1). */
    public int agreementPercent() {
        long both = count("agree") + count("differ");
        return both == 0 ? -1 : (int) Math.round(100.0 * count("agree") / both);
    }
}
