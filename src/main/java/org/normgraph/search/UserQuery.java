package org.normgraph.search;

import static org.apache.lucene.search.BooleanClause.Occur.SHOULD;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A user's query turned into a Lucene query without any query syntax: the text is analysed into
 * terms, and each term is looked for in every field, names weighing most, then quotes. A hit must
 * contain all terms of a one- or two-term query, two thirds of a longer one; an English term also
 * matches as a prefix (at half weight), so stems and word beginnings find; the whole sequence
 * as a phrase weighs double, and a query equal to a whole name or alias weighs most. Query syntax
 * such as {@code "}, {@code (} or {@code *:*} is just text: it analyses to no terms and finds nothing.
 *
 * <pre>{@code UserQuery q = UserQuery.of(analyzer, "网络主权");  q.lucene()  // label:网络^10 ...}</pre>
 */
record UserQuery(List<String> terms, Query lucene) {
    static final int MAX_TERMS = 32;
    /** English terms at least this long also match as prefixes. */
    static final int MIN_PREFIX = 4;
    /** A whole name or alias, as {@link #exact} normalises it: a query equal to a name ranks that entity first. */
    static final String EXACT = "exact";
    static final float EXACT_WEIGHT = 50f;
    /** Field → weight: labels and aliases above comments, an entity's own quotes above related ones. */
    static final Map<String, Float> FIELDS = Map.of("label", 10f, "alias", 8f, "comment", 2f, "quote", 3f, "related", 1f);

    static UserQuery of(Analyzer analyzer, String text) {
        List<String> terms = SearchAnalyzer.tokens(analyzer, text).stream().limit(MAX_TERMS).toList();
        if (terms.isEmpty()) return new UserQuery(terms, null);
        List<String> distinct = terms.stream().distinct().toList();
        BooleanQuery.Builder each = new BooleanQuery.Builder();
        for (String t : distinct) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            FIELDS.forEach((field, weight) -> anyField.add(new BoostQuery(new TermQuery(new Term(field, t)), weight), SHOULD));
            if (t.length() >= MIN_PREFIX && t.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                // an English word also finds the longer words it begins: "sovereign" finds "sovereignty"
                FIELDS.forEach((field, weight) -> anyField.add(new BoostQuery(new PrefixQuery(new Term(field, t)), weight / 2), SHOULD));
            }
            each.add(anyField.build(), SHOULD);
        }
        each.setMinimumNumberShouldMatch(minimumMatch(distinct.size()));
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(each.build(), BooleanClause.Occur.MUST);
        b.add(new BoostQuery(new TermQuery(new Term(EXACT, exact(text))), EXACT_WEIGHT), SHOULD);
        if (terms.size() > 1) {
            FIELDS.forEach((field, weight) -> b.add(
                    new BoostQuery(new PhraseQuery(1, field, terms.toArray(String[]::new)), 2 * weight), SHOULD));
        }
        return new UserQuery(terms, b.build());
    }

    /** Lower case, single spaces, no surrounding space: "  David  Cameron " → "david cameron". */
    static String exact(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** How many of the query's distinct terms a hit must contain: all of one or two, two thirds of more. */
    static int minimumMatch(int distinctTerms) {
        return distinctTerms <= 2 ? distinctTerms : (int) Math.ceil(distinctTerms * 2 / 3.0);
    }

    boolean isEmpty() { return lucene == null; }
}
