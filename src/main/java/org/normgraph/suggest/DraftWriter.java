package org.normgraph.suggest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.normgraph.source.QuoteLocator;

/**
 * Writes a {@link Draft} as {@code NAME.claims.draft.yaml} in the claims format
 * (docs/claims-format.md): the guessed {@code source} block, a {@code draft} section (skeleton,
 * mentions of known entities, new-name candidates) that a curator deletes when done, and the
 * candidate positions, each {@code status: suggested} with its cue and heuristic confidence. Order is
 * the text's, so two runs on one text give the same file.
 *
 * <pre>{@code String yaml = DraftWriter.write(draft);}</pre>
 */
public final class DraftWriter {
    private DraftWriter() {}

    public static String write(Draft d) {
        StringBuilder y = new StringBuilder();
        Skeleton k = d.skeleton();
        y.append("# Draft claims for ").append(d.textName()).append(", written by `normgraph suggest` from the text and the graph.\n")
         .append("# NOT LOADED: validate and load refuse a draft. Review every suggestion: fix or delete it, then remove its\n")
         .append("# `status: suggested` (or set `status: accepted`); declare the new entities you keep; delete the `draft:`\n")
         .append("# section; rename the file NAME.claims.yaml and run `normgraph validate`.\n")
         .append("# `confidence` is a heuristic score (0-1: cue strength, actor near its cue, known object, short quote) to\n")
         .append("# order the review; it is not a probability. Guessed values are marked `# guessed`.\n\n");
        y.append("source:\n  id: ").append(k.id()).append("   # guessed from the file name\n");
        String title = YamlText.quoted(k.title());
        y.append("  title: {zh: ").append(k.language().equals("zh") ? title : "\"\"").append(", en: ")
         .append(k.language().equals("zh") ? "\"\"" : title).append("}   # guessed: the first line; give both languages\n");
        y.append("  language: ").append(k.language()).append("   # guessed from the characters\n");
        if (d.voice().author() != null) y.append("  creators: [").append(d.voice().author()).append("]   # guessed: named in the title lines\n");
        y.append("  quote: ").append(YamlText.quoted(YamlText.reading(k.title()))).append("\n\n");
        DraftSkeleton.write(y, d);
        positions(y, d);
        return y.toString();
    }

    private static void positions(StringBuilder y, Draft d) {
        y.append("positions:\n");
        if (d.suggestions().isEmpty()) y.append("  []   # no candidate position found\n");
        QuoteLocator loc = new QuoteLocator(d.text());
        Set<String> ids = new HashSet<>();
        Map<String, String> names = new LinkedHashMap<>();
        d.candidates().forEach(c -> names.put(c.id(), c.name()));
        for (Suggestion s : d.suggestions()) {
            String id = unique(ids, slug(s.actor() + "-" + s.stance() + "-" + s.about()));
            String quote = YamlText.reading(d.text().substring(s.start(), s.end()));
            y.append("\n  - id: ").append(id).append('\n')
             .append("    actor: ").append(s.actor()).append(s.voice() ? "   # the text's voice (\"we\", or no actor named)"
                     : s.carried() ? "   # named before this sentence: check who speaks" : "").append('\n')
             .append("    stance: ").append(s.stance()).append("   # from the cue\n")
             .append("    about: ").append(s.about()).append(s.aboutIsNew() ? "   # a new-entity candidate: " + names.get(s.about())
                     : s.described() ? "   # described, not named, in the sentence or its heading: check" : "").append('\n');
            if (s.statedAt() != null) y.append("    statedAt: ").append(s.statedAt()).append("   # named in the sentence\n");
            if (s.date() != null) y.append("    date: \"").append(s.date()).append("\"   # the one date in the sentence\n");
            if (s.nearEvent() != null) y.append("    # the last event named before this sentence: ").append(s.nearEvent()).append('\n');
            y.append("    quote: ").append(YamlText.quoted(quote)).append('\n');
            String prefix = Prefixes.pick(loc, quote, s.start());
            if (prefix != null) y.append("    prefix: ").append(YamlText.quoted(prefix)).append('\n');
            y.append("    cue: ").append(YamlText.quoted(s.cue())).append('\n')
             .append("    status: suggested\n")
             .append("    confidence: ").append(s.confidence()).append('\n')
             .append("    # line ").append(YamlText.line(d.text(), s.start())).append('\n');
        }
    }

    static String slug(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String unique(Set<String> ids, String id) {
        String out = id;
        for (int n = 2; !ids.add(out); n++) out = id + "-" + n;
        return out;
    }
}
