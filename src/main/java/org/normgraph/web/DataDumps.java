package org.normgraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.normgraph.store.Dumps;

/**
 * Whole-dataset downloads: {@code /dump} lists the formats, {@code /dump/normgraph.{ext}} streams
 * the store in that format (written by {@link Dumps}) as an attachment. N-Quads, TriG and JSON-LD
 * keep the named graphs; Turtle, N-Triples and RDF/XML hold their union. Unknown files are a 404.
 *
 * <pre>{@code GET /dump/normgraph.nq  → application/n-quads, attachment; filename="normgraph.nq"}</pre>
 */
final class DataDumps implements Feature {
    static final String PREFIX = "normgraph.";

    /** A downloadable format: file extension, {@link Dumps} key, media type, name, whether graphs are kept. */
    public record Format(String ext, String key, String mediaType, String name, boolean keepsGraphs) {
        public String file() { return PREFIX + ext; }
        public String path() { return "/dump/" + file(); }
    }

    static final List<Format> FORMATS = List.of(
            new Format("ttl", "ttl", "text/turtle", "Turtle", false),
            new Format("nt", "nt", "application/n-triples", "N-Triples", false),
            new Format("nq", "nq", "application/n-quads", "N-Quads", true),
            new Format("trig", "trig", "application/trig", "TriG", true),
            new Format("jsonld", "jsonld", "application/ld+json", "JSON-LD", true),
            new Format("rdf", "rdfxml", "application/rdf+xml", "RDF/XML", false));

    private final Services services;

    DataDumps(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/dump", ctx -> services.pages().render(ctx, "dumps", Pages.model("formats", FORMATS,
                "title", services.messages().text(Lang.of(ctx), "nav.dumps"))));
        routes.get("/dump/{file}", this::download);
    }

    private void download(Context ctx) {
        String file = ctx.pathParam("file");
        Format f = FORMATS.stream().filter(x -> x.file().equals(file)).findFirst()
                .orElseThrow(() -> new HttpProblem(404, "error.notFound", ctx.path()));
        ctx.contentType(f.mediaType() + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + f.file() + "\"");
        Dumps.write(services.config().dataset(), f.key(), ctx.outputStream());
    }

}
