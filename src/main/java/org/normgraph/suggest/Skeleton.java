package org.normgraph.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.normgraph.source.SourceParser;
import org.normgraph.source.SourceText;

/**
 * The outline of a new source as guessed from its text alone: an id from the file name, the language
 * from its characters, the title from its first line, the section headings, paragraph and footnote
 * counts ({@link SourceParser}) and the numbered articles, paragraphs or principles its lines start with.
 *
 * <pre>{@code Skeleton k = Skeleton.of(Path.of("seeds/003_budapest_convention_2001_en.txt"), text);
 * k.id()  // "budapest-convention-2001-en"}</pre>
 */
public record Skeleton(String id, String language, String title, List<String> sections, int paragraphs, int footnotes,
                       List<Part> parts) {
    public Skeleton {
        sections = List.copyOf(sections);
        parts = List.copyOf(parts);
    }

    /** A numbered part: its number as written, its line (1-based) and the line's words. */
    public record Part(String number, int line, String heading) {}

    private static final Pattern PART = Pattern.compile(
            "^\\s*(?:#+\\s*)?(?:(?:Article|Principle|Paragraph)\\s+(\\d+)|第\\s*([一二三四五六七八九十百\\d]+)\\s*条|(\\d{1,3})\\s*\\.(?!\\d))(.*)$");

    public static Skeleton of(Path file, String text) {
        SourceText src = SourceParser.parse(text);
        List<String> sections = src.sections().stream().map(SourceText.Section::heading).toList();
        return new Skeleton(id(file), language(text), title(text), sections, src.paragraphs().size(), src.footnotes().size(), parts(text));
    }

    static String id(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceFirst("^\\d+_", "");
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() || !Character.isLetterOrDigit(slug.charAt(0)) ? "new-source" : slug;
    }

    /** zh when a fifth of the letters are CJK, else fr or en by their commonest short words. */
    static String language(String text) {
        long cjk = text.chars().filter(c -> c >= 0x4E00 && c <= 0x9FFF).count();
        long letters = text.chars().filter(Character::isLetter).count();
        if (letters > 0 && cjk * 5 >= letters) return "zh";
        String lower = " " + text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ") + " ";
        int fr = count(lower, " le ") + count(lower, " la ") + count(lower, " les ") + count(lower, " et ") + count(lower, " des ");
        int en = count(lower, " the ") + count(lower, " and ") + count(lower, " of ") + count(lower, " to ");
        return fr > en ? "fr" : "en";
    }

    private static int count(String s, String w) {
        int n = 0;
        for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) n++;
        return n;
    }

    static String title(String text) {
        for (String line : text.split("\n")) {
            String t = line.replaceFirst("^\\s*#+", "").strip();
            if (!t.isEmpty()) return t.length() > 200 ? t.substring(0, 200) : t;
        }
        return "";
    }

    private static List<Part> parts(String text) {
        List<Part> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PART.matcher(lines[i]);
            if (!m.matches()) continue;
            String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String words = lines[i].strip();
            out.add(new Part(n, i + 1, words.length() > 80 ? words.substring(0, 80) + "…" : words));
        }
        return out;
    }
}
