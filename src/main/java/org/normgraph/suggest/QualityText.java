package org.normgraph.suggest;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The quality report as a text table: per source and gazetteer, curated positions, how many a
 * candidate finds, candidates per curated position, and mention recall and precision.
 *
 * <pre>{@code QualityText.write(Quality.measure(files), System.out);}</pre>
 */
public final class QualityText {
    private QualityText() {}

    public static void write(List<Quality.Row> rows, PrintStream out) {
        out.println("Suggestion quality against the curated claims (position: same actor, overlapping quote;");
        out.println("mentions: entities the claims file declares or refers to, instrument parts left out).");
        out.printf(Locale.ROOT, "%-30s %-14s %9s %7s %8s %8s %8s %8s%n", "source", "gazetteer", "positions", "found", "recall",
                "cand/pos", "m.recall", "m.prec");
        for (Quality.Row r : rows) {
            out.printf(Locale.ROOT, "%-30s %-14s %9d %7d %8s %8s %8s %8s%n", r.source(), r.mode(), r.positions(), r.found(),
                    pct(r.positionRecall()), num(r.candidatesPerPosition()), pct(r.mentionRecall()), pct(r.mentionPrecision()));
        }
        out.println("Goals (full gazetteer): position recall >= 70% at <= 3 candidates per position; mention recall >= 90% at precision >= 80%.");
    }

    private static String pct(double v) { return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f%%", v * 100); }

    private static String num(double v) { return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v); }
}
