package org.normgraph.store;

import java.io.PrintStream;

/**
 * A progress bar for long loads, written as lines (so it reads the same in a terminal and in a
 * log): at most about twenty lines a phase, each with the bar, the count, the rate and what is
 * being done, plus a last line when the phase ends.
 *
 * <pre>{@code Progress p = new Progress(System.err, "building graphs", 100);
 * p.step("paris-call-2018");   // "building graphs [####----------------]  20/100  12.3/s  paris-call-2018"
 * p.done();}</pre>
 */
public final class Progress {
    private static final int WIDTH = 20, LINES = 20;
    private final PrintStream out;
    private final String phase;
    private final int total;
    private final long start = System.nanoTime();
    private int done, shown;

    public Progress(PrintStream out, String phase, int total) {
        if (total < 0) throw new IllegalArgumentException("total must not be negative");
        this.out = out;
        this.phase = phase;
        this.total = total;
    }

    /** One item finished; a line is printed when the bar has moved by a step, and for small totals every time. */
    public void step(String what) {
        done++;
        int step = Math.max(1, total / LINES);
        if (done == total || done - shown >= step) {
            shown = done;
            out.println(line(what));
        }
    }

    public void done() {
        if (shown != done || total == 0) out.println(line("done"));
    }

    String line(String what) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        return String.format("%s [%s%s] %,d/%,d  %.1f/s  %s", phase, "#".repeat(filled), "-".repeat(WIDTH - filled),
                done, total, done / seconds, what);
    }
}
