package org.normgraph.web.source;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.normgraph.web.HttpProblem;
import org.normgraph.web.Lang;
import org.normgraph.web.Row;
import org.normgraph.web.Services;

/**
 * The source view: a source document's text exactly as stored, with every evidence span
 * highlighted and linked to what it supports, anchors {@code #ev-{slug}} for each evidence,
 * {@code #sec-{n}} for each section (with a table of contents), footnote markers linked to
 * {@code #fn-{n}} and each footnote listing the works it cites. {@code LinkedData} calls it for the
 * HTML of {@code /id/source/{slug}}.
 *
 * <pre>{@code new SourceView(services).render(ctx, "https://normgraph.org/id/source/huang-2013-london-process");}</pre>
 */
public final class SourceView {
    /** A table-of-contents entry. */
    public record Heading(String anchor, String heading, int level) {}

    private final Services services;

    public SourceView(Services services) {
        this.services = services;
    }

    public void render(Context ctx, String iri) {
        String lang = Lang.of(ctx);
        Map<String, Node> doc = Map.of("doc", NodeFactory.createURI(iri));
        List<Row> docs = services.queries().select("source-document", doc);
        if (docs.isEmpty()) throw new HttpProblem(404, "error.unknownEntity", services.paths().local(iri));
        Row d = docs.getFirst();
        Segments segments = new Segments(d.str("text"));
        int evidenceCount = addEvidence(segments, services.queries().select("source-evidence", doc), lang);
        List<Segment.Work> works = works(services.queries().select("source-works", doc), lang);
        List<Heading> toc = addStructure(segments, services.queries().select("source-structure", doc), works);
        Map<String, Object> model = new HashMap<>();
        model.put("doc", d);
        model.put("iri", iri);
        model.put("docPath", services.paths().local(iri));
        model.put("title", d.label("title", lang));
        model.put("toc", toc);
        model.put("segments", segments.build());
        model.put("works", works);
        model.put("evidenceCount", evidenceCount);
        services.pages().render(ctx, "source", model);
    }

    /** Adds each evidence span with its links; returns how many spans there are. */
    private static int addEvidence(Segments segments, List<Row> rows, String lang) {
        Map<String, List<Segment.Link>> links = new LinkedHashMap<>();
        Map<String, int[]> spans = new HashMap<>();
        for (Row r : rows) {
            String ev = r.local("ev");
            spans.putIfAbsent(ev, new int[] {Integer.parseInt(r.str("start")), Integer.parseInt(r.str("end"))});
            Segment.Link link = new Segment.Link(r.path("link"), title(r, lang));
            List<Segment.Link> l = links.computeIfAbsent(ev, k -> new ArrayList<>());
            if (!l.contains(link)) l.add(link);
        }
        links.forEach((ev, l) -> segments.evidence(ev, spans.get(ev)[0], spans.get(ev)[1], l));
        return links.size();
    }

    /** "China supports …" for a position or entity; "subject · predicate · object" for a claim. */
    private static String title(Row r, String lang) {
        if (!r.has("p")) return r.label("link", lang);
        String object = r.values().get("o").isLiteral() ? r.str("o") : r.label("o", lang);
        return r.label("link", lang) + " · " + r.label("p", lang) + " · " + object;
    }

    private static List<Segment.Work> works(List<Row> rows, String lang) {
        return rows.stream().map(r -> new Segment.Work(r.path("work"), r.has("title") ? r.str("title") : r.label("label", lang),
                r.has("creators") && !r.str("creators").isEmpty() ? r.str("creators") : null, r.str("issued"), r.str("url"),
                r.has("note") ? Integer.parseInt(r.str("note")) : 0)).toList();
    }

    private static List<Heading> addStructure(Segments segments, List<Row> rows, List<Segment.Work> works) {
        List<Heading> toc = new ArrayList<>();
        for (Row r : rows) {
            int n = Integer.parseInt(r.str("n")), start = Integer.parseInt(r.str("start")), end = Integer.parseInt(r.str("end"));
            switch (r.str("kind")) {
                case "section" -> {
                    segments.section(n, start, end, r.str("heading"), Integer.parseInt(r.str("level")));
                    toc.add(new Heading("sec-" + n, r.str("heading"), Integer.parseInt(r.str("level"))));
                }
                case "footnote" -> segments.footnote(n, start, end, works.stream().filter(w -> w.note() == n).toList());
                case "marker" -> segments.marker(n, start, end, r.has("note"));
                default -> { }
            }
        }
        return toc;
    }
}
