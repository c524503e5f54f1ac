package org.normgraph.web.questions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.normgraph.query.QueryLibrary;
import org.normgraph.query.QueryParams;
import org.normgraph.web.Citation;
import org.normgraph.web.Feature;
import org.normgraph.web.HttpProblem;
import org.normgraph.web.Lang;
import org.normgraph.web.Services;

/**
 * The analysts' questions ({@code queries/*.rq}) as pages: {@code /questions} lists them in the
 * page language; {@code /questions/{name}} answers one. A question that declares parameters
 * ({@code # param: norm Norm}) gets a form whose choices come from the graph; the chosen values
 * are checked against those choices (anything else is a 400 on the page) and bound by
 * substitution. The answer links to the SPARQL editor with the same query, values in place.
 *
 * <pre>{@code GET /questions   GET /questions/actors-by-stance-on-norm?stance=Supports&norm=cyber-sovereignty}</pre>
 */
public final class QuestionsPage implements Feature {
    static final int MAX_VALUE = 200;
    private final Services services;
    private final Map<String, Map<String, java.util.Set<String>>> answeredCache = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String answeredVersion = "";

    public QuestionsPage(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/questions", this::list);
        routes.get("/questions/{name}", this::question);
    }

    private void list(Context ctx) {
        String lang = Lang.of(ctx);
        List<Map<String, Object>> items = library().stream().map(e -> summary(e, lang)).toList();
        Map<String, Object> m = new HashMap<>();
        m.put("questions", items);
        m.put("cite", Citation.of(services.queries(), ctx));
        services.pages().render(ctx, "questions", m);
    }

    private void question(Context ctx) {
        String lang = Lang.of(ctx);
        String name = ctx.pathParam("name");
        boolean csv = name.endsWith(".csv");
        if (csv) name = name.substring(0, name.length() - ".csv".length());
        String wanted = name;
        QueryLibrary.Entry entry = library().stream().filter(e -> e.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new HttpProblem(404, "error.notFound", "/questions/" + clip(wanted)));
        List<QueryParams.Param> params = QueryParams.of(entry);
        ParamOptions options = params.isEmpty() ? null : ParamOptions.load(services.queries(), lang);
        Map<String, java.util.Set<String>> answered = params.isEmpty() ? Map.of() : answered(ctx, entry, params);
        Map<String, Node> bound = new LinkedHashMap<>();
        List<Map<String, Object>> controls = new ArrayList<>();
        List<String> bad = null;
        boolean missing = false;
        for (QueryParams.Param p : params) {
            String value = ctx.queryParam(p.name());
            ParamOptions.Option chosen = null;
            if (value != null && !value.isBlank()) {
                chosen = value.length() > MAX_VALUE ? null : options.find(p.type(), value.strip());
                if (chosen == null && bad == null) bad = List.of(p.name(), clip(value));
            }
            if (chosen != null) bound.put(p.name(), chosen.node());
            else if (!p.optional()) missing = true;
            controls.add(control(p, options, chosen, answered.get(p.name())));
        }
        Map<String, Object> m = summary(entry, lang);
        m.put("controls", controls);
        m.put("cite", Citation.of(services.queries(), ctx));
        if (bad != null) {
            ctx.status(400);
            m.put("badParam", bad);
        } else if (missing) {
            m.put("missing", true);
        } else {
            try {
                ResultTable table = QuoteContexts.add(QuestionRun.table(services.config().dataset(), entry.sparql(), bound,
                        services.paths(), lang), services.queries(), lang);
                if (csv) {
                    AnswerCsv.of(table).send(ctx, "question-" + entry.name(), Citation.of(services.queries(), ctx).version());
                    return;
                }
                m.put("table", table);
                m.put("csvUrl", "/questions/" + enc(entry.name()) + ".csv?" + (ctx.queryString() == null ? "" : ctx.queryString()));
                m.put("maxRows", QuestionRun.MAX_ROWS);
            } catch (QueryCancelledException e) {
                ctx.status(503);
                m.put("timedOut", QuestionRun.TIMEOUT_SECONDS);
            }
        }
        String written = bad == null && !missing ? QuestionRun.substituted(entry.sparql(), bound) : null;
        m.put("editorUrl", written != null ? "/query?query=" + enc(written) : "/query?example=" + enc(entry.name()));
        services.pages().render(ctx, "question", m);
    }

    /**
     * The values each parameter takes in the question's whole answer, computed once per question and
     * dataset version (the data only changes with a load or an edit, which stamps a new version).
     */
    private Map<String, java.util.Set<String>> answered(Context ctx, QueryLibrary.Entry entry, List<QueryParams.Param> params) {
        String key = Citation.of(services.queries(), ctx).version() + " " + entry.name();
        if (!key.startsWith(answeredVersion)) {
            answeredCache.clear();
            answeredVersion = key.substring(0, key.indexOf(' ') + 1);
        }
        return answeredCache.computeIfAbsent(key, k -> QuestionRun.answeredValues(services.config().dataset(), entry.sparql(),
                params.stream().map(QueryParams.Param::name).toList()));
    }

    /** A form control: the parameter's values that have answers (all of its type if the answer does not show it). */
    private static Map<String, Object> control(QueryParams.Param p, ParamOptions options, ParamOptions.Option chosen,
                                               java.util.Set<String> answered) {
        Map<String, Object> c = new HashMap<>();
        c.put("name", p.name());
        c.put("type", p.type());
        c.put("optional", p.optional());
        c.put("options", options.of(p.type()).stream()
                .filter(o -> answered == null || answered.contains(o.iri()) || (chosen != null && o.id().equals(chosen.id()))).toList());
        c.put("selected", chosen == null ? "" : chosen.id());
        return c;
    }

    private static Map<String, Object> summary(QueryLibrary.Entry e, String lang) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", e.name());
        m.put("title", e.title(lang));
        m.put("description", Columns.forReaders(e.description().getOrDefault(lang, e.description().getOrDefault("en", ""))));
        m.put("params", QueryParams.of(e));
        return m;
    }

    /** The query library, or none if this installation has no {@code queries/} folder. */
    private List<QueryLibrary.Entry> library() {
        Path dir = services.config().layout().queries();
        return Files.isDirectory(dir) ? QueryLibrary.read(dir) : List.of();
    }

    private static String clip(String s) { return s.length() > 80 ? s.substring(0, 80) + "…" : s; }

    private static String enc(String s) { return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8); }
}
