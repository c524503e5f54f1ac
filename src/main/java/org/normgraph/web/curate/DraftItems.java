package org.normgraph.web.curate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the candidate positions of a draft line by line, as {@code normgraph suggest} writes them:
 * the top-level {@code positions:} list, each item starting with {@code "  - id: ..."} and its keys
 * indented by four spaces. Only the lines are looked at, so the file's comments and order stay
 * untouched by whatever edits them ({@link DraftEdits}).
 *
 * <pre>{@code List<DraftItem> items = DraftItems.of(Files.readAllLines(draft));}</pre>
 */
public final class DraftItems {
    private static final Pattern SECTION = Pattern.compile("^positions:\\s*(#.*)?$");
    private static final Pattern TOP = Pattern.compile("^[^\\s#-]");
    private static final Pattern ITEM = Pattern.compile("^  - id:\\s*(.+)$");
    private static final Pattern FIELD = Pattern.compile("^    ([A-Za-z]+):\\s*(.*)$");

    private DraftItems() {}

    public static List<DraftItem> of(List<String> lines) {
        int section = sectionStart(lines);
        List<DraftItem> items = new ArrayList<>();
        if (section < 0) return items;
        int end = sectionEnd(lines, section);
        for (int i = section + 1; i < end; i++) {
            Matcher m = ITEM.matcher(lines.get(i));
            if (!m.matches()) continue;
            int j = i + 1;
            while (j < end && (lines.get(j).isBlank() || lines.get(j).startsWith("    "))) j++;
            items.add(item(scalar(m.group(1)), lines, i, j));
            i = j - 1;
        }
        return items;
    }

    /** The line of {@code positions:}, or -1. */
    static int sectionStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) if (SECTION.matcher(lines.get(i)).matches()) return i;
        return -1;
    }

    static int sectionEnd(List<String> lines, int section) {
        for (int i = section + 1; i < lines.size(); i++) if (TOP.matcher(lines.get(i)).find()) return i;
        return lines.size();
    }

    /** The line of {@code key} inside an item, or -1. */
    static int fieldLine(List<String> lines, DraftItem item, String key) {
        for (int i = item.firstLine() + 1; i < item.endLine(); i++) {
            Matcher m = FIELD.matcher(lines.get(i));
            if (m.matches() && m.group(1).equals(key)) return i;
        }
        return -1;
    }

    private static DraftItem item(String id, List<String> lines, int first, int end) {
        Map<String, String> f = new HashMap<>();
        for (int i = first + 1; i < end; i++) {
            Matcher m = FIELD.matcher(lines.get(i));
            if (m.matches()) f.put(m.group(1), scalar(m.group(2)));
        }
        double confidence;
        try {
            confidence = Double.parseDouble(f.getOrDefault("confidence", "0"));
        } catch (NumberFormatException e) {
            confidence = 0;
        }
        return new DraftItem(id, f.get("actor"), f.get("stance"), f.get("about"), f.get("quote"), f.get("prefix"),
                f.get("status"), confidence, first, end);
    }

    /** A one-line YAML scalar as its value (quotes and escapes resolved, a trailing comment dropped). */
    static String scalar(String text) {
        try {
            Object v = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            return v == null ? null : v.toString();
        } catch (RuntimeException e) {
            return text.strip();
        }
    }
}
