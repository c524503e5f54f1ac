package org.normgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters a library question declares in its header comments, one line each: the variable
 * to bind, the type of value it takes (one of {@link #TYPES}) and, optionally, {@code optional}
 * when the question also makes sense without it. The web's questions page offers a form control
 * per parameter, filled with values of that type from the graph, and binds the chosen values by
 * substitution.
 *
 * <pre>
 * # param: stance Stance
 * # param: norm Norm
 * # param: event Event optional
 *
 * List&lt;QueryParams.Param&gt; ps = QueryParams.of(entry);  // [stance: Stance, norm: Norm, event: Event?]
 * </pre>
 */
public final class QueryParams {
    /**
     * Actor: instances of the ng:Actor subclasses; Event: of the ng:Event subclasses; Norm: norms and instruments;
     * Stance: the four stances; Source: the source documents; SourceKind: the kinds of source (ng:SourceKind).
     */
    public static final Set<String> TYPES = Set.of("Actor", "Event", "Norm", "Stance", "Source", "SourceKind");
    private static final Pattern LINE = Pattern.compile("^#\\s*param:\\s*(.*)$");
    private static final Pattern DECL = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s+([A-Za-z]+)(\\s+optional)?$");

    /** One declared parameter: the variable's name (without {@code ?}), its value type, and whether it may stay unbound. */
    public record Param(String name, String type, boolean optional) {}

    private QueryParams() {}

    public static List<Param> of(QueryLibrary.Entry entry) {
        try {
            return of(entry.sparql());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(entry.name() + ".rq: " + e.getMessage(), e);
        }
    }

    /**
     * The parameters declared in the comment lines at the top of a query (before its first
     * non-comment line), in order.
     *
     * @throws IllegalArgumentException for a malformed line, an unknown type or a parameter declared twice
     */
    public static List<Param> of(String sparql) {
        List<Param> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : sparql.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            if (!line.startsWith("#")) break;
            Matcher m = LINE.matcher(line);
            if (!m.matches()) continue;
            Matcher d = DECL.matcher(m.group(1).strip());
            if (!d.matches()) throw new IllegalArgumentException("bad parameter line \"" + line
                    + "\": expected \"# param: NAME TYPE\" or \"# param: NAME TYPE optional\"");
            if (!TYPES.contains(d.group(2))) throw new IllegalArgumentException("unknown parameter type " + d.group(2)
                    + " in \"" + line + "\": one of " + TYPES.stream().sorted().toList());
            if (!seen.add(d.group(1))) throw new IllegalArgumentException("parameter ?" + d.group(1) + " declared twice");
            out.add(new Param(d.group(1), d.group(2), d.group(3) != null));
        }
        return List.copyOf(out);
    }
}
