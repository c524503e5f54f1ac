package org.normgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A log-log SVG line plot of latency against scale: each page's cold latency and the query library's total. */
final class Plot {
    private Plot() {}

    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
        "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#000000", "#637939"};

    static String svg(List<Results.Scale> scales) {
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        for (Results.Scale s : scales) {
            for (Results.Page p : s.pages()) series.computeIfAbsent("page " + p.path() + " (cold)", k -> new ArrayList<>()).add(new double[] {s.scale(), p.coldMillis()});
            series.computeIfAbsent("/sparql library, normgraph (sum of p50)", k -> new ArrayList<>()).add(new double[] {s.scale(), Report.sumP50(s.queries(), true)});
            series.computeIfAbsent("/sparql library, Fuseki (sum of p50)", k -> new ArrayList<>()).add(new double[] {s.scale(), Report.sumP50(s.queries(), false)});
        }
        int w = 900;
        int h = 520;
        int left = 70;
        int top = 30;
        int pw = 480;
        int ph = 420;
        double xmin = 1;
        double xmax = 10;
        double ymin = 1;
        double ymax = 10;
        for (List<double[]> pts : series.values()) {
            for (double[] p : pts) {
                xmax = Math.max(xmax, p[0]);
                if (p[1] > 0) ymin = Math.min(ymin, p[1]);
                ymax = Math.max(ymax, p[1]);
            }
        }
        double lx0 = 0;
        double lx1 = Math.ceil(Math.log10(xmax));
        if (lx1 == lx0) lx1 = 1;
        double ly0 = Math.floor(Math.log10(ymin));
        double ly1 = Math.ceil(Math.log10(ymax));
        if (ly1 == ly0) ly1 = ly0 + 1;
        StringBuilder sb = new StringBuilder();
        sb.append(Report.f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n", w, h));
        sb.append(Report.f("<title>normgraph benchmark: latency against scale</title>%n<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", w, h));
        sb.append(Report.f("<text x=\"%d\" y=\"18\" font-size=\"13\">Latency (ms, log) against scale (sources, log)</text>%n", left));
        for (double d = ly0; d <= ly1; d++) {
            double y = top + ph - (d - ly0) / (ly1 - ly0) * ph;
            sb.append(Report.f("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    left, left + pw, y, y, left - 5, y + 4, label(Math.pow(10, d))));
        }
        for (double d = lx0; d <= lx1; d++) {
            double x = left + (d - lx0) / (lx1 - lx0) * pw;
            sb.append(Report.f("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#ddd\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x, x, top, top + ph, x, top + ph + 15, label(Math.pow(10, d))));
        }
        int i = 0;
        for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
            String c = COLOURS[i % COLOURS.length];
            String dash = e.getKey().contains("Fuseki") ? " stroke-dasharray=\"5,3\"" : "";
            StringBuilder pts = new StringBuilder();
            for (double[] p : e.getValue()) {
                if (p[1] <= 0 || Double.isNaN(p[1])) continue;
                double x = left + (Math.log10(p[0]) - lx0) / (lx1 - lx0) * pw;
                double y = top + ph - (Math.log10(p[1]) - ly0) / (ly1 - ly0) * ph;
                pts.append(Report.f("%.1f,%.1f ", x, y));
                sb.append(Report.f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, c));
            }
            sb.append(Report.f("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"%s/>%n", pts.toString().strip(), c, dash));
            int ly = top + 10 + i * 16;
            sb.append(Report.f("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/><text x=\"%d\" y=\"%d\">%s</text>%n",
                    left + pw + 20, left + pw + 40, ly, ly, c, dash, left + pw + 45, ly + 4, escape(e.getKey())));
            i++;
        }
        return sb.append("</svg>\n").toString();
    }

    private static String label(double v) {
        return v >= 1000 ? Report.f("%,.0f", v) : v >= 1 ? Report.f("%.0f", v) : Report.f("%.2f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
