package org.normgraph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the structure of a PDF-extracted paper: title and author (first two lines), section
 * headings (一、… and （一）…), paragraphs (lines re-joined: a paragraph ends at a line that ends a
 * sentence and is short, or that is followed by an indented-looking first line), footnote blocks at
 * page ends (a run of lines holding only markers, then one footnote text per marker) and the
 * footnote markers in the body. The text itself is never changed. A text whose first line is a
 * Markdown heading (the treaty text) is read by {@link MarkdownStructure} instead.
 *
 * <pre>{@code SourceText src = SourceParser.parse(Files.readString(Path.of("seeds/x.txt")));}</pre>
 */
public final class SourceParser {
    private static final Pattern HEADING_1 = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern HEADING_2 = Pattern.compile("^[(（]\\s*[一二三四五六七八九十]+\\s*[)）].*");
    private static final String SENTENCE_END = "。？！?!:：”」）)";
    /** A line narrower than this (display columns) that ends a sentence ends its paragraph. */
    private static final int SHORT_LINE = 88;
    /** A paragraph's first line is indented, so narrower than this. */
    private static final int FIRST_LINE = 91;

    private final String text;
    private final Lines lines;
    private final List<SourceText.Section> sections = new ArrayList<>();
    private final List<int[]> paragraphSpans = new ArrayList<>();
    private final List<SourceText.Footnote> footnotes = new ArrayList<>();
    private int paragraphStart = -1, paragraphEnd = -1;

    private SourceParser(String text) {
        this.text = text;
        this.lines = Lines.of(text);
    }

    /** The structure of a text: a paper as below, or a text with Markdown headings ({@link MarkdownStructure}). */
    public static SourceText parse(String text) {
        if (MarkdownHeadings.isMarkdown(text)) return MarkdownStructure.parse(text);
        return new SourceParser(text).run();
    }

    private SourceText run() {
        int i = nextNonBlank(0);
        String title = i < lines.size() ? lines.get(i).trimmed() : "";
        int a = nextNonBlank(i + 1);
        String author = a < lines.size() ? lines.get(a).trimmed().replace("*", "").strip() : "";
        for (i = a + 1; i < lines.size(); i++) {
            Lines.Line line = lines.get(i);
            if (line.blank()) continue;
            String t = line.trimmed();
            if (FootnoteMarkers.onlyMarkers(t)) {
                closeParagraph();
                i = footnoteBlock(i) - 1;
            } else if (HEADING_1.matcher(t).matches() || HEADING_2.matcher(t).matches()) {
                closeParagraph();
                openSection(line, HEADING_1.matcher(t).matches() ? 1 : 2);
            } else {
                bodyLine(i, line);
            }
        }
        closeParagraph();
        return new SourceText(text, title, author, closeSections(), paragraphs(), footnotes, markers());
    }

    private void bodyLine(int i, Lines.Line line) {
        if (line.trimmed().startsWith("主题词")) closeParagraph();
        if (paragraphStart < 0) paragraphStart = line.start() + leading(line.text());
        paragraphEnd = line.start() + line.text().stripTrailing().length();
        int n = nextNonBlank(i + 1);
        Lines.Line next = n < lines.size() ? lines.get(n) : null;
        if (endsSentence(line) && (line.width() < SHORT_LINE || next == null || next.width() <= FIRST_LINE)
                || line.trimmed().startsWith("主题词")) {
            closeParagraph();
        }
    }

    private static boolean endsSentence(Lines.Line line) {
        String t = line.trimmed();
        List<FootnoteMarkers.Found> ms = FootnoteMarkers.find(t);
        while (!ms.isEmpty() && ms.getLast().end() == t.length()) {
            t = t.substring(0, ms.getLast().start()).stripTrailing();
            ms = ms.subList(0, ms.size() - 1);
        }
        return !t.isEmpty() && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Reads a run of marker-only lines and the footnote texts that follow; returns the next line. */
    private int footnoteBlock(int i) {
        List<Integer> numbers = new ArrayList<>();
        while (i < lines.size() && (lines.get(i).blank() || FootnoteMarkers.onlyMarkers(lines.get(i).trimmed()))) {
            FootnoteMarkers.find(lines.get(i).text()).forEach(m -> numbers.add(m.number()));
            i++;
        }
        for (int number : numbers) {
            i = nextNonBlank(i);
            if (i >= lines.size()) break;
            int first = i;
            while (i < lines.size() && !endsFootnote(i)) i++;
            int last = Math.min(i, lines.size() - 1);
            int start = lines.get(first).start() + leading(lines.get(first).text());
            int end = lines.get(last).start() + lines.get(last).text().stripTrailing().length();
            footnotes.add(new SourceText.Footnote(number, start, end, text.substring(start, end)));
            i = last + 1;
        }
        return i;
    }

    private boolean endsFootnote(int i) {
        char c = lines.get(i).last();
        if (c == '。') return true;
        if (c != '．' && c != '.') return false;
        return i + 1 >= lines.size() || lines.get(i + 1).blank() || FootnoteMarkers.onlyMarkers(lines.get(i + 1).trimmed());
    }

    private void openSection(Lines.Line line, int level) {
        int start = line.start() + leading(line.text());
        sections.add(new SourceText.Section(sections.size(), level, line.trimmed(), start, -1));
    }

    /** A section ends where the next heading of the same or a higher level begins. */
    private List<SourceText.Section> closeSections() {
        List<SourceText.Section> out = new ArrayList<>();
        for (SourceText.Section s : sections) {
            int end = text.stripTrailing().length();
            for (SourceText.Section later : sections) {
                if (later.index() > s.index() && later.level() <= s.level()) { end = later.start(); break; }
            }
            out.add(new SourceText.Section(s.index(), s.level(), s.heading(), s.start(), end));
        }
        return out;
    }

    private void closeParagraph() {
        if (paragraphStart >= 0) paragraphSpans.add(new int[] {paragraphStart, paragraphEnd, sections.size() - 1});
        paragraphStart = -1;
    }

    private List<SourceText.Paragraph> paragraphs() {
        List<SourceText.Paragraph> out = new ArrayList<>();
        for (int[] p : paragraphSpans) {
            out.add(new SourceText.Paragraph(out.size(), p[2], p[0], p[1], text.substring(p[0], p[1])));
        }
        return out;
    }

    /** Body markers: every marker that is not part of a footnote block's marker lines. */
    private List<SourceText.Marker> markers() {
        List<SourceText.Marker> out = new ArrayList<>();
        List<SourceText.Paragraph> ps = paragraphs();
        for (FootnoteMarkers.Found m : FootnoteMarkers.find(text)) {
            int para = -1;
            for (SourceText.Paragraph p : ps) if (m.start() >= p.start() && m.start() < p.end()) para = p.index();
            if (para >= 0) out.add(new SourceText.Marker(out.size(), m.text(), m.number(), m.start(), m.end(), para));
        }
        return out;
    }

    private int nextNonBlank(int i) {
        while (i < lines.size() && lines.get(i).blank()) i++;
        return i;
    }

    private static int leading(String s) {
        int k = 0;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) k++;
        return k;
    }
}
