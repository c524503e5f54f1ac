package org.normgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's SmartChineseAnalyzer (Chinese word segmentation; English lower-cased and stemmed), with
 * a wide position gap between the values of a multi-valued field so that a phrase never spans two
 * labels or two quotes. Used for indexing and for user queries alike.
 *
 * <pre>{@code SearchAnalyzer.tokens(analyzer, "网络主权")  // [网络, 主权]}</pre>
 */
final class SearchAnalyzer extends AnalyzerWrapper {
    private final Analyzer base = new SmartChineseAnalyzer();

    SearchAnalyzer() {
        super(Analyzer.GLOBAL_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) { return base; }

    @Override
    public int getPositionIncrementGap(String fieldName) { return 100; }

    /** The terms of a text, in order (punctuation and Lucene syntax characters drop out). */
    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
