package org.normgraph.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.normgraph.problems.InputException;
import org.normgraph.problems.Problems;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a claims file ({@code seeds/NAME.claims.yaml}, format in {@code docs/claims-format.md})
 * into {@link Specs.File}, checking its shape: required keys, unknown keys, types. Every problem
 * names the file and line.
 *
 * <pre>{@code Specs.File claims = ClaimsReader.read(Path.of("seeds/x.claims.yaml"));}</pre>
 */
public final class ClaimsReader {
    public static final String SUFFIX = ".claims.yaml";
    /** A draft written by {@code normgraph suggest}: never loaded. */
    public static final String DRAFT_SUFFIX = ".claims.draft.yaml";
    private static final Set<String> TOP = Set.of("source", "entities", "positions", "works", "evidence", "facts", "draft");
    private static final Set<String> SOURCE = Set.of("id", "title", "creators", "language", "quote", "prefix", "suffix", "translation",
            "shortQuote", "kind", "primary", "date", "place", "adoptedBy", "origin", "expressionOf", "authentic");
    private static final Set<String> ENTITY = Set.of("id", "type", "label", "altLabel", "comment", "quote", "prefix", "suffix", "translation", "shortQuote", "facts",
            "partOf", "number", "status", "cue", "confidence");
    private static final Set<String> FACT = Set.of("p", "o", "value", "qualifier", "hedged", "quote", "prefix", "suffix", "translation", "shortQuote");
    private static final Set<String> SUBJECT_FACT = Set.of("s", "p", "o", "value", "qualifier", "hedged", "quote", "prefix", "suffix",
            "translation", "shortQuote");
    private static final Set<String> POSITION = Set.of("id", "actor", "stance", "about", "statedAt", "statedBy", "date",
            "hedged", "note", "quote", "prefix", "suffix", "translation", "shortQuote", "status", "cue", "confidence");
    private static final Set<String> WORK = Set.of("id", "footnote", "creators", "title", "venue", "year", "url", "label",
            "quote", "prefix", "suffix", "translation", "shortQuote");

    private ClaimsReader() {}

    public static Specs.File read(Path path) {
        Drafts.refuseDraftFile(path);
        Node root = YamlFiles.parse(path);
        Problems problems = new Problems();
        YNode top = new YNode(root, path, problems);
        if (!top.isMap()) throw new InputException(path, top.line(), "a claims file must be a mapping with 'source', 'entities', 'positions', 'works'");
        top.allowOnly(TOP);
        Specs.Source source = null;
        YNode s = top.get("source");
        if (s == null) top.problem("missing 'source'");
        else source = source(s);
        List<YNode> entityNodes = top.list("entities"), positionNodes = top.list("positions");
        List<YNode> items = new ArrayList<>(entityNodes);
        items.addAll(positionNodes);
        Drafts.check(top, items);
        List<Specs.Entity> entities = new ArrayList<>();
        for (YNode e : entityNodes) entities.add(entity(e));
        List<Specs.Position> positions = new ArrayList<>();
        for (YNode p : positionNodes) positions.add(position(p));
        List<Specs.Work> works = new ArrayList<>();
        for (YNode w : top.list("works")) works.add(work(w));
        List<Specs.Evidence> evidence = new ArrayList<>();
        for (YNode v : top.list("evidence")) evidence.add(EvidenceReader.evidence(v));
        List<Specs.SubjectFact> facts = new ArrayList<>();
        for (YNode f : top.list("facts")) facts.add(new Specs.SubjectFact(f.string("s", true), fact(f, SUBJECT_FACT)));
        problems.throwIfAny();
        String name = path.getFileName().toString();
        Path text = path.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + ".txt");
        return new Specs.File(path, text, source, entities, positions, works, evidence, facts);
    }

    static Specs.Where where(YNode n) { return new Specs.Where(n.file(), n.line()); }

    /** Where a key's value is written, else where its item is. */
    private static Specs.Where where(YNode n, String key) { return where(n.get(key) != null ? n.get(key) : n); }

    private static Specs.Source source(YNode n) {
        n.allowOnly(SOURCE);
        String primary = n.string("primary", false);
        return new Specs.Source(n.string("id", true), lang(n, "title", true), n.strings("creators"),
                n.string("language", true), quote(n, false), where(n), n.string("kind", false),
                primary == null ? null : bool(n, "primary"), n.string("date", false), n.string("place", false),
                n.string("adoptedBy", false), n.string("origin", false), n.string("expressionOf", false), bool(n, "authentic"));
    }

    private static Specs.Entity entity(YNode n) {
        n.allowOnly(ENTITY);
        List<Specs.Fact> facts = new ArrayList<>();
        for (YNode f : n.list("facts")) facts.add(fact(f));
        return new Specs.Entity(n.string("id", true), n.string("type", true), lang(n, "label", true),
                altLabels(n), lang(n, "comment", false), quote(n, false), facts, where(n), n.string("partOf", false),
                n.string("number", false));
    }

    private static Specs.Fact fact(YNode n) {
        return fact(n, FACT);
    }

    private static Specs.Fact fact(YNode n, Set<String> keys) {
        n.allowOnly(keys);
        String p = n.string("p", true);
        String o = n.string("o", false);
        YNode v = n.get("value");
        Object value = null;
        if (v != null && v.isMap()) value = lang(n, "value", true);
        else if (v != null && v.isScalar()) value = v.scalar();
        else if (v != null) v.problem("'value' must be a text, a number or a {zh:, en:} pair");
        if ((o == null) == (value == null)) n.problem("a fact needs exactly one of 'o' (an id) or 'value'");
        return new Specs.Fact(p, o, value, n.string("qualifier", false), bool(n, "hedged"), quote(n, true), where(n), where(n, "value"));
    }

    private static Specs.Position position(YNode n) {
        n.allowOnly(POSITION);
        return new Specs.Position(n.string("id", true), n.string("actor", true), n.string("stance", true),
                n.string("about", true), n.string("statedAt", false), n.string("statedBy", false),
                n.string("date", false), bool(n, "hedged"), lang(n, "note", false), quote(n, true), where(n), where(n, "date"));
    }

    private static Specs.Work work(YNode n) {
        n.allowOnly(WORK);
        Integer footnote = null;
        String fn = n.string("footnote", false);
        if (fn != null) {
            try { footnote = Integer.valueOf(fn); } catch (NumberFormatException e) { n.get("footnote").problem("'footnote' must be a number"); }
        }
        return new Specs.Work(n.string("id", true), footnote, n.strings("creators"), n.string("title", true),
                n.string("venue", false), n.string("year", false), n.string("url", false), lang(n, "label", true),
                quote(n, true), where(n), where(n, "year"));
    }

    static Specs.Quote quote(YNode n, boolean required) {
        String q = n.string("quote", required);
        return q == null ? null : new Specs.Quote(q, n.string("prefix", false), n.string("suffix", false),
                n.string("translation", false), n.string("shortQuote", false), n.get("quote").line());
    }

    static boolean bool(YNode n, String key) {
        String v = n.string(key, false);
        if (v == null) return false;
        if (!v.equals("true") && !v.equals("false")) n.get(key).problem("'" + key + "' must be true or false");
        return v.equals("true");
    }

    /** A {zh:, en:} pair; when required, both languages must be there. */
    private static Specs.LangText lang(YNode n, String key, boolean required) {
        YNode v = n.get(key);
        if (v == null) {
            if (required) n.problem("missing '" + key + "' (a {zh: ..., en: ...} pair)");
            return null;
        }
        if (!v.isMap()) {
            v.problem("'" + key + "' must be a {zh: ..., en: ...} pair");
            return null;
        }
        v.allowOnly(Set.of("zh", "en"));
        String zh = v.string("zh", false), en = v.string("en", false);
        if (zh == null) v.problem("'" + key + "' has no Chinese (zh) text");
        if (en == null) v.problem("'" + key + "' has no English (en) text");
        return new Specs.LangText(zh, en);
    }

    private static Map<String, List<String>> altLabels(YNode n) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        YNode v = n.get("altLabel");
        if (v == null) return out;
        if (!v.isMap()) { v.problem("'altLabel' must map a language (zh, en) to a list of names"); return out; }
        v.allowOnly(Set.of("zh", "en"));
        for (String lang : List.of("zh", "en")) {
            if (v.get(lang) != null) out.put(lang, v.strings(lang));
        }
        return out;
    }
}
