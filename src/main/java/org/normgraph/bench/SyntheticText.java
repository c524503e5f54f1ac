package org.normgraph.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.normgraph.source.QuoteLocator;

/**
 * The text of one synthetic source as it is written: paragraphs of filler and quoted claim
 * sentences, then the whole wrapped like a PDF extraction, each quote located (with a prefix where
 * it occurs more than once), and the claims' {@code QUOTEn} placeholders replaced by the quotes.
 *
 * <pre>{@code SyntheticText t = new SyntheticText(false);
 * t.newParagraph();  Quote q = t.say("China supports X.", "中国支持X。");
 * String text = t.assemble();  t.locate(text);  String claims = t.resolve("  QUOTE0\n");}</pre>
 */
final class SyntheticText {
    private final boolean zh;
    private final List<List<Object>> paragraphs = new ArrayList<>();   // String (filler) or Quote
    private final List<Quote> quotes = new ArrayList<>();
    private final Set<String> sentences = new HashSet<>();
    private List<Object> paragraph;

    SyntheticText(boolean zh) {
        this.zh = zh;
    }

    void newParagraph() {
        paragraph = new ArrayList<>();
        paragraphs.add(paragraph);
    }

    /** Adds text that states no claim (a heading, filler) to the current paragraph. */
    void add(String words) {
        paragraph.add(words);
    }

    /** Adds a quote to the current paragraph even if the same words were said before. */
    void addQuote(Quote q) {
        paragraph.add(q);
        quotes.add(q);
    }

    /** Adds a claim sentence to the current paragraph, or null when this source already said it. */
    Quote say(String en, String zhs) {
        String words = zh ? zhs : en;
        if (!sentences.add(words)) return null;
        Quote q = new Quote(words, zh ? en : zhs);
        addQuote(q);
        return q;
    }

    int paragraphSize() { return paragraph.size(); }

    /** The number of the last quote added, as the claims' {@code QUOTEn} placeholders name it. */
    int lastQuote() { return quotes.size() - 1; }

    /** The text, wrapped like a PDF extraction; records where each quote starts. */
    String assemble() {
        StringBuilder out = new StringBuilder();
        int width = zh ? 38 : 90;
        for (List<Object> p : paragraphs) {
            if (p.isEmpty()) continue;
            int lineStart = out.length();
            for (Object o : p) {
                if (!zh && out.length() > lineStart) out.append(' ');
                String s;
                if (o instanceof Quote q) {
                    q.start = out.length();
                    s = q.quote;
                } else {
                    s = (String) o;
                }
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (out.length() - lineStart >= width && (zh ? c != '。' && c != '，' : c == ' ')) {
                        out.append('\n');
                        lineStart = out.length();
                        if (c == ' ') continue;
                    }
                    out.append(c);
                }
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    /** Gives a prefix to each quote that occurs more than once, from the words before it. */
    void locate(String text) {
        QuoteLocator loc = new QuoteLocator(text);
        for (Quote q : quotes) {
            if (loc.find(q.quote, null, null).size() == 1) continue;
            for (int len = 12; ; len += 12) {
                if (len > q.start) throw new IllegalStateException("cannot pick out quote: " + q.quote);
                String prefix = text.substring(q.start - len, q.start).replaceAll("\\s+", " ").strip();
                if (!prefix.isEmpty() && loc.find(q.quote, prefix, null).size() == 1) {
                    q.prefix = prefix;
                    break;
                }
            }
        }
    }

    /** Replaces the QUOTEn placeholders of the claims with the quotes' YAML. */
    String resolve(String claims) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("( *)(B?)QUOTE(\\d+)\n?").matcher(claims);
        while (m.find()) {
            Quote q = quotes.get(Integer.parseInt(m.group(3)));
            String r = m.group(2).isEmpty() ? m.group(1) + q.yaml() + (m.group().endsWith("\n") ? "\n" : "") : q.block(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
