package org.normgraph.report;

import java.io.PrintStream;

/**
 * The consistency report as plain text for the terminal: a summary line, then each finding with
 * both sides, their sources and quotes (in reading form, with normgraph's translation).
 *
 * <pre>{@code ReportText.write(ConsistencyReport.of(dsg), "en", System.out);}</pre>
 */
public final class ReportText {
    private ReportText() {}

    public static void write(ConsistencyReport report, String lang, PrintStream out) {
        out.printf("consistency: %d finding%s (%d date, %d place, %d stance, %d type)%n", report.findings().size(),
                report.findings().size() == 1 ? "" : "s", report.count("date"), report.count("place"),
                report.count("stance"), report.count("type"));
        for (Finding f : report.findings()) {
            out.println();
            out.printf("[%s] %s (%s) — %s%n", f.kind(), f.subject().label(lang), f.subject().local(), f.aspect().label(lang));
            side("A", f.a(), lang, out);
            side("B", f.b(), lang, out);
        }
    }

    private static void side(String name, Finding.Side s, String lang, PrintStream out) {
        out.printf("  %s: %s%s — %s%n", name, s.value().label(lang), s.when() == null ? "" : " (" + s.when() + ")",
                s.origin().label(lang));
        Quote q = s.quote();
        if (q == null) {
            out.println("     (no quote)");
            return;
        }
        out.printf("     “%s” (offset %d)%n", q.display(), q.start());
        if (q.translation() != null) out.printf("     normgraph's translation (%s): %s%n", q.translationLang(), q.translation());
    }
}
