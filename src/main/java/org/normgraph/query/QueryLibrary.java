package org.normgraph.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.normgraph.problems.InputException;

/**
 * The analysts' questions in {@code queries/*.rq}. Each file starts with comment lines naming its
 * title and description in both languages:
 *
 * <pre>
 * # title@en: Which actors backed which norms?
 * # title@zh: 哪些行为体支持了哪些规范？
 * # description@en: ...
 * # description@zh: ...
 * </pre>
 */
public final class QueryLibrary {
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description)@(zh|en):\\s*(.+)$");

    /** One question: its file name (without .rq), titles and descriptions by language, and its SPARQL. */
    public record Entry(String name, Map<String, String> title, Map<String, String> description, String sparql) {
        public String title(String lang) { return title.getOrDefault(lang, title.getOrDefault("en", name)); }
    }

    private QueryLibrary() {}

    public static List<Entry> read(Path dir) {
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) out.add(entry(p));
        } catch (IOException e) {
            throw new InputException(dir, 0, "cannot read the query library: " + e.getMessage());
        }
        return out;
    }

    public static Entry entry(Path p) {
        String text;
        try {
            text = Files.readString(p);
        } catch (IOException e) {
            throw new InputException(p, 0, "cannot read the query: " + e.getMessage());
        }
        Map<String, String> title = new HashMap<>(), description = new HashMap<>();
        for (String line : text.lines().toList()) {
            Matcher m = HEADER.matcher(line.strip());
            if (m.matches()) (m.group(1).equals("title") ? title : description).put(m.group(2), m.group(3).strip());
        }
        String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
        return new Entry(name, Map.copyOf(title), Map.copyOf(description), text);
    }
}
