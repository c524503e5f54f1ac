package org.normgraph.web.curate;

import java.util.ArrayList;
import java.util.List;
import org.normgraph.suggest.YamlText;

/**
 * Accept, reject or edit one suggestion of a draft by changing only its own lines: accepting sets
 * {@code status: accepted}; rejecting removes the item (its lines and the blank lines after it);
 * editing replaces the changed fields' lines (a guessed value's comment goes with it; a new quote
 * drops the old {@code prefix}/{@code suffix}, which were chosen for the old one) and accepts it.
 * Every other line — comments, order, the {@code draft:} section — is kept as it is.
 *
 * <pre>{@code List<String> after = DraftEdits.accept(lines, item);}</pre>
 */
public final class DraftEdits {
    private DraftEdits() {}

    public static List<String> accept(List<String> lines, DraftItem item) {
        List<String> out = new ArrayList<>(lines);
        int status = DraftItems.fieldLine(lines, item, "status");
        if (status >= 0) out.set(status, "    status: accepted");
        return out;
    }

    public static List<String> reject(List<String> lines, DraftItem item) {
        List<String> out = new ArrayList<>(lines.subList(0, item.firstLine()));
        out.addAll(lines.subList(item.endLine(), lines.size()));
        if (DraftItems.of(out).isEmpty()) {
            int section = DraftItems.sectionStart(out);
            if (section >= 0 && !hasContent(out, section)) out.set(section, "positions: []");
        }
        return out;
    }

    public static List<String> edit(List<String> lines, DraftItem item, Edit e) {
        List<String> out = new ArrayList<>(accept(lines, item));
        set(out, item, "actor", item.actor(), e.actor());
        set(out, item, "stance", item.stance(), e.stance());
        set(out, item, "about", item.about(), e.about());
        boolean newQuote = !e.quote().equals(item.quote());
        set(out, item, "quote", item.quote(), YamlText.quoted(e.quote()));
        if (newQuote) {
            for (String key : List.of("prefix", "suffix")) {
                int at = DraftItems.fieldLine(out, current(out, item), key);
                if (at >= 0) out.remove(at);
            }
        }
        return out;
    }

    private static void set(List<String> out, DraftItem item, String key, String old, String written) {
        String value = written.startsWith("\"") ? DraftItems.scalar(written) : written;
        if (value.equals(old)) return;
        DraftItem now = current(out, item);
        int at = DraftItems.fieldLine(out, now, key);
        String line = "    " + key + ": " + written;
        if (at >= 0) {
            out.set(at, line);
        } else {
            out.add(now.firstLine() + 1, line);
        }
    }

    /** The item as the lines hold it now (an inserted line moves the lines after it). */
    private static DraftItem current(List<String> lines, DraftItem item) {
        return DraftItems.of(lines).stream().filter(i -> i.firstLine() == item.firstLine()).findFirst().orElseThrow();
    }

    private static boolean hasContent(List<String> lines, int section) {
        int end = DraftItems.sectionEnd(lines, section);
        for (int i = section + 1; i < end; i++) {
            String l = lines.get(i).strip();
            if (!l.isEmpty() && !l.startsWith("#")) return true;
        }
        return false;
    }
}
