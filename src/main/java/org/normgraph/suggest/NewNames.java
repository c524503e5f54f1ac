package org.normgraph.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names a text uses that the graph does not know: 《》 titles and short quoted terms
 * (“网络主权”, "Paris Call"), capitalised multi-word names (Internet Governance Forum), document
 * symbols (A/66/359, A /RES/ 53 /70) and Chinese terms ending in 公约, 原则, 会议, … that recur. A
 * name a known entity already covers is left out. Every occurrence is counted (folded, so line breaks
 * and width do not split a count); the first is its located quote.
 *
 * <pre>{@code List<Candidate> cs = NewNames.find(text, mentions);}</pre>
 */
public final class NewNames {
    private static final Pattern TITLE = Pattern.compile("《([^《》]{2,60})》");
    private static final Pattern ZH_QUOTED = Pattern.compile("“([^“”\\n]{2,20}?)”");
    private static final Pattern EN_QUOTED = Pattern.compile("[\"“]((?:[A-Z][\\w'’-]*)(?:\\s+[\\w'’-]+){1,7})[\"”]");
    private static final String CAP = "[A-Z][a-zA-Z'’-]+";
    private static final Pattern NAME = Pattern.compile("\\b" + CAP + "(?:\\s+(?:(?:of|for|and|on|the|in|de|la|du)\\s+)*" + CAP + ")+\\b");
    private static final Pattern SYMBOL = Pattern.compile("\\b[A-Z]{1,5}(?:\\s*/\\s*[A-Z0-9][A-Z0-9.]*)+\\b");
    private static final Pattern TERM = Pattern.compile("[\\u4e00-\\u9fff]{2,10}(?:公约|条约|原则|会议|进程|战略|宣言|决议|准则|规则|论坛|委员会|组织)");
    private static final List<String> LEADING = List.of("The ", "This ", "These ", "Our ", "We ", "In ", "Each ", "Any ", "A ");

    private NewNames() {}

    public static List<Candidate> find(String text, List<Mention> known) {
        Map<String, Found> byKey = new LinkedHashMap<>();
        collect(text, TITLE, 1, "title", known, byKey, 1);
        collect(text, ZH_QUOTED, 1, "title", known, byKey, 1);
        collect(text, EN_QUOTED, 1, "title", known, byKey, 1);
        collect(text, SYMBOL, 0, "symbol", known, byKey, 1);
        collect(text, NAME, 0, "name", known, byKey, 1);
        collect(text, TERM, 0, "term", known, byKey, 2);
        List<Candidate> out = new ArrayList<>();
        for (Found f : byKey.values()) {
            if (f.count >= f.min) out.add(new Candidate("new-" + (out.size() + 1), f.kind, f.name, f.count, f.start, f.end));
        }
        return out;
    }

    private static final class Found {
        final String kind, name;
        final int start, end, min;
        int count;

        Found(String kind, String name, int start, int end, int min) {
            this.kind = kind; this.name = name; this.start = start; this.end = end; this.min = min;
        }
    }

    private static void collect(String text, Pattern p, int group, String kind, List<Mention> known, Map<String, Found> byKey, int min) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int s = m.start(group), e = m.end(group);
            for (String lead : LEADING) {
                if (kind.equals("name") && text.startsWith(lead, s) && text.substring(s + lead.length(), e).contains(" ")) s += lead.length();
            }
            final int fs = s;
            if (known.stream().anyMatch(k -> k.start() <= fs && e <= k.end())) continue;
            String name = text.substring(s, e).replaceAll("\\s+", kind.equals("name") || kind.equals("title") && isLatin(text, s) ? " " : "");
            String key = Folded.key(name);
            if (key.length() < 2) continue;
            Found f = byKey.computeIfAbsent(key, k -> new Found(kind, name, fs, e, min));
            f.count++;
        }
    }

    private static boolean isLatin(String text, int at) { return text.charAt(at) < 0x2E80; }
}
