package org.normgraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.normgraph.web.entity.EntityPages;

/**
 * Dereferences every IRI the loader minted: {@code /id/...} maps to {@code <base>id/...}. Browsers
 * get the HTML page; RDF clients get Turtle, JSON-LD, N-Triples or RDF/XML by {@code Accept} or by
 * a file suffix ({@code /id/china.ttl}); answers carry {@code Vary: Accept}.
 */
final class LinkedData implements Feature {
    static final Map<String, Lang> SUFFIXES = Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD, "nt", Lang.NTRIPLES,
            "rdf", Lang.RDFXML);
    private static final AcceptList OFFERS = AcceptList.create("text/html", "text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml");

    private final Services services;
    private final EntityPages pages;

    LinkedData(Services services) {
        this.services = services;
        this.pages = new EntityPages(services);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/id/<rest>", this::dereference);
    }

    private void dereference(Context ctx) {
        String rest = ctx.pathParam("rest");
        if (rest.length() > 300 || !rest.matches("[a-z0-9][A-Za-z0-9/._#-]*")) throw new HttpProblem(400, "error.badIri", rest);
        ctx.header("Vary", "Accept");
        Lang lang = null;
        int dot = rest.lastIndexOf('.');
        if (dot > 0 && SUFFIXES.containsKey(rest.substring(dot + 1))) {
            lang = SUFFIXES.get(rest.substring(dot + 1));
            rest = rest.substring(0, dot);
        }
        String iri = services.paths().iri("/id/" + rest);
        if (lang == null) lang = negotiate(ctx.header("Accept"));
        if (lang == null) {
            if (rest.startsWith("evidence/")) { evidenceRedirect(ctx, iri); return; }
            java.util.regex.Matcher part = SOURCE_PART.matcher(rest);
            if (part.matches()) {
                if (!services.queries().ask("exists", Map.of("s", NodeFactory.createURI(iri)))) {
                    throw new HttpProblem(404, "error.unknownEntity", "/id/" + rest);
                }
                sourcePartRedirect(ctx, part);
                return;
            }
            if (rest.startsWith("source/") && rest.indexOf('/', 7) < 0) { new org.normgraph.web.source.SourceView(services).render(ctx, iri); return; }
            pages.entity(ctx, iri);
            return;
        }
        Model m = services.queries().construct("describe", Map.of("s", NodeFactory.createURI(iri)));
        if (m.isEmpty()) throw new HttpProblem(404, "error.unknownEntity", "/id/" + rest);
        writeRdf(ctx, m, lang);
    }

    /** Null means HTML. */
    static Lang negotiate(String accept) {
        if (accept == null || accept.isBlank()) return null;
        MediaType best = AcceptList.match(AcceptList.create(accept), OFFERS);
        if (best == null) return null;
        return switch (best.getContentTypeStr()) {
            case "text/turtle" -> Lang.TURTLE;
            case "application/ld+json" -> Lang.JSONLD;
            case "application/n-triples" -> Lang.NTRIPLES;
            case "application/rdf+xml" -> Lang.RDFXML;
            default -> null;
        };
    }

    static void writeRdf(Context ctx, Model m, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.setNsPrefix("ng", org.normgraph.ontology.NG.NS).setNsPrefix("rdfs", org.apache.jena.vocabulary.RDFS.uri)
                .setNsPrefix("oa", org.apache.jena.vocabulary.OA.NS).setNsPrefix("skos", org.apache.jena.vocabulary.SKOS.uri);
        if (lang.equals(Lang.TURTLE)) RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
        else RDFDataMgr.write(out, m, lang);
        ctx.contentType(lang.getHeaderString() + "; charset=utf-8").result(out.toByteArray());
    }

    private static final java.util.regex.Pattern SOURCE_PART =
            java.util.regex.Pattern.compile("source/([a-z0-9-]+)/(section|footnote|paragraph|marker)/(\\d+)");

    /** A section or footnote viewed in a browser goes to its anchor in the source view; paragraphs and markers to the view. */
    private static void sourcePartRedirect(Context ctx, java.util.regex.Matcher part) {
        String anchor = switch (part.group(2)) {
            case "section" -> "#sec-" + part.group(3);
            case "footnote" -> "#fn-" + part.group(3);
            default -> "";
        };
        ctx.redirect("/id/source/" + part.group(1) + anchor, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** An evidence IRI viewed in a browser goes to its highlighted span in the source view. */
    private void evidenceRedirect(Context ctx, String iri) {
        var rows = services.queries().select("evidence-source", Map.of("ev", NodeFactory.createURI(iri)));
        if (rows.isEmpty()) throw new HttpProblem(404, "error.unknownEntity", services.paths().local(iri));
        ctx.redirect(rows.getFirst().path("doc") + "#" + services.paths().anchor(iri), io.javalin.http.HttpStatus.SEE_OTHER);
    }
}
