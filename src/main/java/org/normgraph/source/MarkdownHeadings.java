package org.normgraph.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown heading lines in a stored text (e.g. the treaty text's {@code ### Article  32} followed
 * by {@code ####Trans-border access …}): the {@code #} marks are structure, not content. A heading
 * is a keyword line (CHAPTER, SECTION, TITLE or Article with its number) and the name line under
 * it; a text is Markdown-structured when its first non-blank line is a heading line. Nothing here
 * changes the text: spans are offsets into it, names are reading forms.
 *
 * <pre>{@code
 * MarkdownHeadings.level("Article  32")         // 4
 * MarkdownHeadings.name("### Article  32  ")     // "Article 32"
 * MarkdownHeadings.headingEnd(text, start)      // end of the keyword line and its name line
 * }</pre>
 */
public final class MarkdownHeadings {
    private static final Pattern KEYWORD = Pattern.compile("(?i)^(CHAPTER|SECTION|TITLE|Article)\\b.*");

    private MarkdownHeadings() {}

    /** True for a line (trimmed) that starts with a heading mark. */
    public static boolean isHeading(String trimmed) {
        return trimmed.startsWith("#");
    }

    /** True when the first non-blank line of the text is a Markdown heading line. */
    public static boolean isMarkdown(String text) {
        return isHeading(text.strip());
    }

    /** The line without its {@code #} marks, its runs of whitespace made single spaces. */
    public static String name(String line) {
        return line.strip().replaceFirst("^#+", "").strip().replaceAll("\\s+", " ");
    }

    /** 1 for CHAPTER, 2 for SECTION, 3 for TITLE, 4 for Article; 0 for a name line (no keyword). */
    public static int level(String name) {
        Matcher m = KEYWORD.matcher(name);
        if (!m.matches()) return 0;
        return switch (m.group(1).toUpperCase()) {
            case "CHAPTER" -> 1;
            case "SECTION" -> 2;
            case "TITLE" -> 3;
            default -> 4;
        };
    }

    /**
     * Where the heading that starts at char index {@code start} ends: the end of its keyword line or,
     * when the next non-blank line is a name line (a heading line without a keyword), of that line.
     */
    public static int headingEnd(String text, int start) {
        int end = lineEnd(text, start);
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
        if (next < text.length() && text.charAt(next) == '#' && level(name(text.substring(next, lineEnd(text, next)))) == 0) {
            end = lineEnd(text, next);
        }
        return end;
    }

    /** The end of the line holding {@code i}, trailing whitespace excluded. */
    private static int lineEnd(String text, int i) {
        int nl = text.indexOf('\n', i);
        int end = nl < 0 ? text.length() : nl;
        while (end > i && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
