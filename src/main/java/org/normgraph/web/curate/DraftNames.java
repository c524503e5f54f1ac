package org.normgraph.web.curate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a draft's {@code draft:} section line by line, as {@code normgraph suggest} writes it: the
 * lists {@code candidates}, {@code mentions} and {@code described}, one flow mapping a line
 * ({@code "    - {id: new-1, kind: name, name: "…", count: 1, quote: "…", line: 15}"}); also the ids
 * the draft declares and the source's language. Only lines are looked at, so {@link NameEdits} can
 * change one line and keep the rest.
 *
 * <pre>{@code List<DraftName> names = DraftNames.of(lines, DraftName.Group.CANDIDATES);}</pre>
 */
public final class DraftNames {
    private static final Pattern TOP = Pattern.compile("^([A-Za-z]+):");
    private static final Pattern LIST = Pattern.compile("^  ([a-z]+):.*$");
    private static final Pattern ENTRY = Pattern.compile("^    - (\\{.*})\\s*$");
    private static final Pattern ID = Pattern.compile("^  (?:- )?id:\\s*([^#\\s]+)");
    private static final Pattern LANGUAGE = Pattern.compile("^  language:\\s*([A-Za-z-]+)");

    private DraftNames() {}

    public static List<DraftName> of(List<String> lines, DraftName.Group group) {
        List<DraftName> out = new ArrayList<>();
        String top = "", list = "";
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher t = TOP.matcher(l), s = LIST.matcher(l), e = ENTRY.matcher(l);
            if (t.find()) { top = t.group(1); list = ""; }
            else if (s.matches()) list = s.group(1);
            else if (top.equals("draft") && list.equals(group.key()) && e.matches()) {
                DraftName n = entry(group, e.group(1), i);
                if (n != null) out.add(n);
            }
        }
        return out;
    }

    /** The entry of this group with this id (and text line, when given), or null. */
    static DraftName find(List<String> lines, DraftName.Group group, String id, Integer textLine) {
        return of(lines, group).stream().filter(n -> n.id().equals(id) && (textLine == null || n.textLine() == textLine))
                .findFirst().orElse(null);
    }

    /** Every id the draft declares outside its {@code draft:} section: the source's, entities', positions', works'. */
    static Set<String> declaredIds(List<String> lines) {
        Set<String> ids = new LinkedHashSet<>();
        String top = "";
        for (String l : lines) {
            Matcher t = TOP.matcher(l), m = ID.matcher(l);
            if (t.find()) top = t.group(1);
            else if (!top.equals("draft") && m.find()) ids.add(DraftItems.scalar(m.group(1)));
        }
        return ids;
    }

    /** The source block's {@code language}, or "" when it has none. */
    public static String language(List<String> lines) {
        String top = "";
        for (String l : lines) {
            Matcher t = TOP.matcher(l), m = LANGUAGE.matcher(l);
            if (t.find()) top = t.group(1);
            else if (top.equals("source") && m.find()) return m.group(1);
        }
        return "";
    }

    private static DraftName entry(DraftName.Group group, String flow, int fileLine) {
        Object v;
        try {
            v = new Yaml(new SafeConstructor(new LoaderOptions())).load(flow);
        } catch (RuntimeException ex) {
            return null;
        }
        if (!(v instanceof Map<?, ?> m) || m.get("id") == null) return null;
        return new DraftName(group, m.get("id").toString(), string(m.get("name")), string(m.get("kind")), number(m.get("count")),
                string(m.get("quote")), number(m.get("line")), string(m.get("status")), fileLine);
    }

    private static String string(Object o) { return o == null ? null : o.toString(); }

    private static int number(Object o) { return o instanceof Number n ? n.intValue() : 0; }
}
