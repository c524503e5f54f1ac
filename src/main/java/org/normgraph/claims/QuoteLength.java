package org.normgraph.claims;

import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;

/**
 * Warns about position quotes too short to show a stance on their own: under
 * {@value #MIN_CJK} Chinese characters, or under {@value #MIN_WORDS} words in other scripts, unless
 * the position says why with {@code shortQuote}. A quote should name the actor, the stance verb
 * and the object (see docs/claims-format.md).
 *
 * <pre>{@code QuoteLength.check(file, problems);   // problems.warnings()}</pre>
 */
final class QuoteLength {
    static final int MIN_CJK = 8;
    static final int MIN_WORDS = 4;

    private QuoteLength() {}

    static void check(Specs.File file, Problems problems) {
        for (Specs.Position p : file.positions()) {
            Specs.Quote q = p.quote();
            if (q == null || (q.shortReason() != null && !q.shortReason().isBlank()) || !tooShort(q.exact())) continue;
            problems.warn(new Problem(p.where().file(), q.line() > 0 ? q.line() : p.where().line(), p.id(),
                    "the quote \"" + q.exact().strip() + "\" is shorter than a clause: quote the clause that names the actor, "
                            + "the stance and its object, or say why with shortQuote"));
        }
    }

    static boolean tooShort(String quote) {
        long cjk = quote.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        if (cjk > 0) return cjk < MIN_CJK;
        return quote.strip().split("\\s+").length < MIN_WORDS;
    }
}
