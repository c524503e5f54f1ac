package org.normgraph.suggest;

/** Test helper: a stored span without its whitespace, as the loader compares quotes. */
final class QuoteText {
    private QuoteText() {}

    static String squeezed(String s) { return s.replaceAll("\\s+", ""); }
}
