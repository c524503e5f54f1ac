package org.normgraph.web.questions;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.normgraph.web.Lang;

/**
 * Words for what a question's answer shows: column headers for result variables ({@code ?actor}
 * → "Actor" / "行为体", from {@code col.*} in {@code i18n/questions}; unknown names are spelt out
 * from their camelCase), names of ontology terms such as stances, and descriptions with the
 * sentences for SPARQL users ("Bind ?actor …") left out.
 *
 * <pre>{@code Columns.header("submittedTo", "en")   // "Submitted to"}</pre>
 */
final class Columns {
    private Columns() {}

    static String header(String var, String lang) {
        String word = text("i18n/questions", "col." + var, lang);
        if (word != null) return word;
        String spaced = var.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The link text of a row's own position or claim ("open" / "查看"). */
    static String open(String lang) {
        String w = text("i18n/ui", "list.open", lang);
        return w == null ? "open" : w;
    }

    /** A true value in a result ("yes" / "是"). */
    static String yes(String lang) {
        String w = text("i18n/ui", "csv.yes", lang);
        return w == null ? "yes" : w;
    }

    /** The name of an ng: term shown in a result (a stance), or null. */
    static String term(String localName, String lang) {
        return text("i18n/views", "stance." + localName, lang);
    }

    /** A question's description for readers of the page: sentences that talk to SPARQL users are left out. */
    static String forReaders(String description) {
        if (description == null) return "";
        StringBuilder out = new StringBuilder();
        for (String sentence : description.split("(?<=\\.)\\s+(?=[A-Z])|(?<=。)")) {
            if (sentence.matches("(?s).*(\\?[A-Za-z]|\\bVALUES\\b|\\b[Bb]ind\\b|绑定).*")) continue;
            if (!out.isEmpty() && sentence.endsWith(".")) out.append(' ');
            out.append(sentence.strip());
        }
        return out.toString().strip();
    }

    private static String text(String bundle, String key, String lang) {
        try {
            return ResourceBundle.getBundle(bundle, Lang.locale(lang)).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
