package org.normgraph.store.remote;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.lib.EscapeStr;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

/**
 * The text of a query as sent to the external store, with the one rewrite that needs the text:
 * Virtuoso 7 writes each non-ASCII character of a {@code GROUP_CONCAT} separator as "?" (so
 * {@code separator="；"} joins Chinese names with "?"). Such a separator is sent as an ASCII stand-in
 * ({@code \u001F}, a number, {@code \u001F}: a control character no RDF text normgraph loads holds) and
 * {@link #restore} puts the separator back in the answers.
 *
 * <pre>{@code SentQuery s = SentQuery.of(query);  store.select(s.text(), ...);  s.restore(node)}</pre>
 */
record SentQuery(Query query, String text, Map<String, String> separators) {
    private static final char MARK = '\u001F';
    /** {@code separator='...'} or {@code "..."} as Jena writes it (backslash escapes inside). */
    private static final Pattern SEPARATOR =
            Pattern.compile("(separator\\s*=\\s*)(?:'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\")", Pattern.CASE_INSENSITIVE);

    SentQuery {
        separators = Map.copyOf(separators);
    }

    static SentQuery of(Query query) {
        Map<String, String> standIns = new LinkedHashMap<>();
        Matcher m = SEPARATOR.matcher(query.toString());
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String written = m.group(2) != null ? m.group(2) : m.group(3);
            String separator = EscapeStr.unescapeStr(written);
            if (separator.chars().allMatch(c -> c < 0x80)) {
                m.appendReplacement(text, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String standIn = standIns.entrySet().stream().filter(e -> e.getValue().equals(separator)).map(Map.Entry::getKey)
                    .findFirst().orElse(MARK + Integer.toString(standIns.size()) + MARK);
            standIns.put(standIn, separator);
            m.appendReplacement(text, Matcher.quoteReplacement(m.group(1) + "'" + standIn.replace(String.valueOf(MARK), "\\u001F") + "'"));
        }
        m.appendTail(text);
        return new SentQuery(query, text.toString(), standIns);
    }

    /** The node with each stand-in put back as its separator; any other node as it is. */
    Node restore(Node n) {
        if (separators.isEmpty() || !n.isLiteral() || n.getLiteralLexicalForm().indexOf(MARK) < 0) return n;
        String lexical = n.getLiteralLexicalForm();
        for (Map.Entry<String, String> e : separators.entrySet()) lexical = lexical.replace(e.getKey(), e.getValue());
        String lang = n.getLiteralLanguage();
        return lang == null || lang.isEmpty() ? NodeFactory.createLiteralDT(lexical, n.getLiteralDatatype())
                : NodeFactory.createLiteralLang(lexical, lang);
    }
}
