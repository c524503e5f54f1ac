package org.normgraph.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normgraph.query.QueryLibrary;
import org.normgraph.query.Sparql;

/**
 * The SPARQL editor page: YASGUI (from its WebJar) against this server's {@code /sparql}, with the
 * analysts' query library ({@code queries/*.rq}) as named examples, shareable links and a plain
 * form for browsers without JavaScript.
 *
 * <pre>{@code GET /query   GET /query?example=contested-norms   GET /query?query=SELECT...}</pre>
 */
final class SparqlPage implements Feature {
    static final int MAX_QUERY = 20_000;
    static final int MAX_NAME = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Services services;

    SparqlPage(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/query", this::page);
    }

    private void page(Context ctx) {
        String lang = Lang.of(ctx);
        String query = ctx.queryParam("query");
        String name = ctx.queryParam("example");
        if (query != null && query.length() > MAX_QUERY) throw new HttpProblem(400, "error.tooLong", "query", MAX_QUERY);
        if (name != null && name.length() > MAX_NAME) throw new HttpProblem(400, "error.tooLong", "example", MAX_NAME);
        List<QueryLibrary.Entry> library = library();
        QueryLibrary.Entry selected = null;
        if (name != null) {
            selected = library.stream().filter(e -> e.name().equals(name)).findFirst()
                    .orElseThrow(() -> new HttpProblem(404, "error.notFound", "/query?example=" + name));
        }
        String start = Sparql.text("web/editor-start");
        String initial = query != null ? query : selected != null ? selected.sparql() : start;
        List<Map<String, String>> examples = library.stream().map(e -> example(e, lang)).toList();
        services.pages().render(ctx, "sparql", Pages.model(
                "title", "SPARQL",
                "examples", examples,
                "selected", selected == null ? "" : selected.name(),
                "dataBase", services.config().base(),
                "initialQuery", initial,
                "examplesJson", scriptJson(Map.of("start", start, "examples", examples))));
    }

    /** The query library, or none if this installation has no {@code queries/} folder. */
    private List<QueryLibrary.Entry> library() {
        Path dir = services.config().layout().queries();
        return Files.isDirectory(dir) ? QueryLibrary.read(dir) : List.of();
    }

    private static Map<String, String> example(QueryLibrary.Entry e, String lang) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", e.name());
        m.put("title", e.title(lang));
        m.put("description", e.description().getOrDefault(lang, e.description().getOrDefault("en", "")));
        m.put("sparql", e.sparql());
        return m;
    }

    /**
     * JSON that is safe inside a {@code <script type="application/json">} element: {@code <},
     * {@code >} and {@code &} become JSON escapes, so no text can close the element or open a tag.
     */
    static String scriptJson(Object value) {
        try {
            return JSON.writeValueAsString(value)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
