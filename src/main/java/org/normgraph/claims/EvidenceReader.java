package org.normgraph.claims;

import java.util.Set;

/**
 * Reads one item of a claims file's {@code evidence} section: a quote of this source that is more
 * evidence for a position or a fact declared in another expression of the same instrument.
 *
 * <pre>{@code
 * evidence:
 *   - {position: paris-ihl, quote: "...", translation: "..."}
 *   - {fact: {s: paris-call, p: articulates, o: cyber-hygiene}, quote: "..."}
 * }</pre>
 */
final class EvidenceReader {
    private static final Set<String> EVIDENCE = Set.of("position", "fact", "quote", "prefix", "suffix", "translation", "shortQuote");
    private static final Set<String> FACT = Set.of("s", "p", "o", "value");

    private EvidenceReader() {}

    static Specs.Evidence evidence(YNode n) {
        Specs.Where where = ClaimsReader.where(n);
        if (!n.isMap()) {
            n.problem("an evidence item must be a mapping with 'position' or 'fact', and 'quote'");
            return new Specs.Evidence(null, null, null, where);
        }
        n.allowOnly(EVIDENCE);
        String position = n.string("position", false);
        Specs.FactRef fact = n.get("fact") == null ? null : fact(n.get("fact"));
        if ((position == null) == (n.get("fact") == null)) {
            n.problem("an evidence item needs exactly one of 'position' (a position id) or 'fact' ({s:, p:, o: or value:})");
        }
        return new Specs.Evidence(position, fact, ClaimsReader.quote(n, true), where);
    }

    private static Specs.FactRef fact(YNode f) {
        if (!f.isMap()) {
            f.problem("'fact' must be a mapping {s: id, p: property, o: id} or {s: id, p: property, value: ...}");
            return null;
        }
        f.allowOnly(FACT);
        String o = f.string("o", false), value = f.string("value", false);
        if ((o == null) == (value == null)) f.problem("'fact' needs exactly one of 'o' (an id) or 'value'");
        return new Specs.FactRef(f.string("s", true), f.string("p", true), o, value, ClaimsReader.where(f));
    }
}
