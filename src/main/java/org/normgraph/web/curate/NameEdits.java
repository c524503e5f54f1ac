package org.normgraph.web.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.normgraph.source.QuoteLocator;
import org.normgraph.suggest.Prefixes;
import org.normgraph.suggest.YamlText;

/**
 * Declare, keep or reject one line of a draft's {@code draft:} section, changing only the lines that
 * must change: rejecting removes the line (an emptied list becomes {@code []}); keeping adds
 * {@code status: accepted} to it; declaring a candidate removes its line, appends an entity item to
 * the {@code entities:} list (made before {@code positions:} when the draft has none) and points the
 * positions about the candidate ({@code about: new-1}) at the new id. Comments, order and every other
 * line stay as they are.
 *
 * <pre>{@code List<String> after = NameEdits.declare(lines, candidate, declaration, text);}</pre>
 */
public final class NameEdits {
    private static final Pattern TOP = Pattern.compile("^[^\\s#-]");

    private NameEdits() {}

    public static List<String> reject(List<String> lines, DraftName name) {
        List<String> out = new ArrayList<>(lines);
        out.remove(name.fileLine());
        if (DraftNames.of(out, name.group()).isEmpty()) {
            for (int i = name.fileLine() - 1; i >= 0; i--) {
                if (out.get(i).startsWith("  " + name.group().key() + ":")) {
                    out.set(i, "  " + name.group().key() + ": []");
                    break;
                }
            }
        }
        return out;
    }

    public static List<String> keep(List<String> lines, DraftName name) {
        List<String> out = new ArrayList<>(lines);
        if (name.status() != null) return out;
        String l = out.get(name.fileLine());
        int close = l.lastIndexOf('}');
        out.set(name.fileLine(), l.substring(0, close) + ", status: accepted" + l.substring(close));
        return out;
    }

    public static List<String> declare(List<String> lines, DraftName candidate, Declaration d, String text) {
        List<String> out = reject(lines, candidate);
        Pattern about = Pattern.compile("^    about:\\s*" + Pattern.quote(candidate.id()) + "(\\s+#.*)?$");
        for (int i = 0; i < out.size(); i++) if (about.matcher(out.get(i)).matches()) out.set(i, "    about: " + d.id());
        List<String> item = entity(candidate, d, text);
        int section = start(out, "entities:");
        if (section >= 0) {
            if (out.get(section).startsWith("entities: []")) out.set(section, "entities:");
            int last = end(out, section) - 1;
            while (last > section && out.get(last).isBlank()) last--;
            item.addFirst("");
            out.addAll(last + 1, item);
        } else {
            int positions = start(out, "positions:");
            List<String> block = new ArrayList<>(List.of("entities:", ""));
            block.addAll(item);
            if (positions >= 0) {
                block.add("");
                out.addAll(positions, block);
            } else {
                block.addFirst("");
                out.addAll(block);
            }
        }
        return out;
    }

    /** The entity item's lines: id, type, labels, the candidate's first quote (with a prefix where it recurs) and its text line;
     * no quote when it recurs and no prefix picks this occurrence. */
    static List<String> entity(DraftName c, Declaration d, String text) {
        List<String> l = new ArrayList<>();
        l.add("  - id: " + d.id());
        l.add("    type: " + d.type());
        l.add("    label: {zh: " + YamlText.quoted(d.labelZh()) + ", en: " + YamlText.quoted(d.labelEn()) + "}"
                + (d.bothLabels() ? "" : "   # give both languages"));
        QuoteLocator loc = new QuoteLocator(text);
        QuoteLocator.Span at = Highlights.first(loc, c.quote(), c.textLine());
        boolean unique = at != null && loc.find(c.quote(), null, null).size() == 1;
        String prefix = at == null || unique ? null : Prefixes.pick(loc, c.quote(), at.start());
        if (unique || prefix != null) {
            l.add("    quote: " + YamlText.quoted(c.quote()));
            if (prefix != null) l.add("    prefix: " + YamlText.quoted(prefix));
        }
        l.add("    # line " + c.textLine());
        return l;
    }

    private static int start(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(key)) return i;
        return -1;
    }

    private static int end(List<String> lines, int section) {
        for (int i = section + 1; i < lines.size(); i++) if (TOP.matcher(lines.get(i)).find()) return i;
        return lines.size();
    }
}
