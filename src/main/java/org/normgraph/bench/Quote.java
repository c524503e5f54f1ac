package org.normgraph.bench;

/**
 * One claim-bearing sentence of a generated text: the words in the source's language (the quote),
 * their translation into the other UI language, and where the sentence starts in the unwrapped text
 * (to derive a prefix when the same words occur twice).
 */
final class Quote {
    final String quote;
    final String translation;
    int start = -1;
    String prefix;

    Quote(String quote, String translation) {
        if (quote == null || quote.isBlank()) throw new IllegalArgumentException("empty quote");
        this.quote = quote;
        this.translation = translation;
    }

    /** The same keys as block mapping lines with the given indentation, each ending with a line break. */
    String block(String indent) {
        return indent + "quote: " + Yaml.q(quote) + "\n" + (prefix == null ? "" : indent + "prefix: " + Yaml.q(prefix) + "\n")
                + indent + "translation: " + Yaml.q(translation) + "\n";
    }

    /** The YAML keys {@code quote}, {@code prefix} and {@code translation}, for a flow mapping. */
    String yaml() {
        return "quote: " + Yaml.q(quote) + (prefix == null ? "" : ", prefix: " + Yaml.q(prefix))
                + ", translation: " + Yaml.q(translation);
    }
}
