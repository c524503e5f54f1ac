package org.normgraph.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;

/**
 * Every id declared in the claims files being loaded, with what it names (an entity type,
 * "Position" or "Work"), so references can be checked across files.
 *
 * <pre>{@code IdIndex ids = IdIndex.of(files, problems); ids.type("china")  // "State"}</pre>
 */
public final class IdIndex {
    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Map<String, String> types = new HashMap<>();
    private final Map<String, Specs.LangText> labels = new HashMap<>();
    private final Map<String, Specs.Where> seen = new HashMap<>();
    private final Expressions expressions = new Expressions();

    public static IdIndex of(List<Specs.File> files, Problems problems) {
        IdIndex index = new IdIndex();
        for (Specs.File f : files) index.add(f, problems);
        return index;
    }

    /** An index to which files are {@link #add added} one at a time, so a load need not hold them all. */
    public static IdIndex empty() { return new IdIndex(); }

    /** Declares what one claims file declares; a clash with an earlier file is a problem at its line. */
    public void add(Specs.File f, Problems problems) {
        if (f.source() != null) declare(f.source().id(), "SourceDocument", f.source().where(), seen, problems);
        for (Specs.Entity e : f.entities()) {
            if (e.type() != null && !Terms.TYPES.containsKey(e.type())) {
                problems.add(new Problem(e.where().file(), e.where().line(), e.id(),
                        "unknown type '" + e.type() + "' (expected one of " + Terms.TYPES.keySet() + ")"));
            }
            declare(e.id(), e.type(), e.where(), seen, problems);
            if (e.id() != null && e.label() != null) labels.put(e.id(), e.label());
        }
        for (Specs.Position p : f.positions()) declare(p.id(), "Position", p.where(), seen, problems);
        for (Specs.Work w : f.works()) declare(w.id(), "Work", w.where(), seen, problems);
        expressions.add(f);
    }

    private void declare(String id, String type, Specs.Where where, Map<String, Specs.Where> seen, Problems problems) {
        if (id == null) return;
        if (!SLUG.matcher(id).matches()) {
            problems.add(new Problem(where.file(), where.line(), id, "an id must be a slug: lowercase letters, digits and '-'"));
        }
        if (seen.containsKey(id)) {
            problems.add(new Problem(where.file(), where.line(), id, "duplicate id, first declared at " + seen.get(id)));
            return;
        }
        seen.put(id, where);
        types.put(id, type);
    }

    /** The type name the id was declared with, or null if unknown. */
    public String type(String id) { return types.get(id); }

    public boolean contains(String id) { return types.containsKey(id); }

    /** The files that are expressions of one instrument, and what they declare. */
    public Expressions expressions() { return expressions; }

    /** The label an entity was declared with in the given language (zh or en), in any loaded file, or null. */
    public String label(String id, String lang) {
        Specs.LangText t = labels.get(id);
        return t == null ? null : lang.equals("zh") ? t.zh() : t.en();
    }
}
