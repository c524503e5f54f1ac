package org.normgraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;

/**
 * The dataset's VoID description at {@code /void} (Turtle unless {@code Accept} asks for JSON-LD,
 * N-Triples or RDF/XML; {@code /.well-known/void} redirects here): title, SPARQL endpoint, dump
 * URLs, vocabulary, URI space and the counts (triples, entities, classes, one subset per named
 * graph) computed by {@code sparql/web/void.rq}. URLs use the host the request came to.
 *
 * <pre>{@code GET /void → <http://host/void#normgraph> a void:Dataset ; void:sparqlEndpoint <http://host/sparql> …}</pre>
 */
final class VoidDescription implements Feature {
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    private final Services services;

    VoidDescription(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/void", this::describe);
        routes.get("/.well-known/void", ctx -> ctx.redirect("/void", HttpStatus.SEE_OTHER));
    }

    private void describe(Context ctx) {
        ctx.header("Vary", "Accept");
        String root = root(ctx.scheme(), ctx.host(), services.config().base());
        Model m = model(root);
        Lang lang = LinkedData.negotiate(ctx.header("Accept"));
        LinkedData.writeRdf(ctx, m, lang == null ? Lang.TURTLE : lang);
    }

    Model model(String root) {
        String dataset = root + "void#normgraph";
        Model m = services.queries().construct("void", Map.of(
                "document", NodeFactory.createURI(root + "void"),
                "dataset", NodeFactory.createURI(dataset),
                "sparql", NodeFactory.createURI(root + "sparql"),
                "uriSpace", NodeFactory.createLiteralString(services.paths().iri("/id/"))));
        var ds = m.createResource(dataset);
        for (DataDumps.Format f : DataDumps.FORMATS) {
            ds.addProperty(m.createProperty(VOID, "dataDump"), m.createResource(root + f.path().substring(1)));
        }
        m.setNsPrefix("void", VOID).setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#")
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/").setNsPrefix("formats", "http://www.w3.org/ns/formats/");
        return m;
    }

    /** {@code http://host:port/} from the request; the configured base if the Host header looks wrong. */
    static String root(String scheme, String host, String fallback) {
        if (host == null || !HOST.matcher(host).matches() || !("http".equals(scheme) || "https".equals(scheme))) {
            return fallback.endsWith("/") ? fallback : fallback + "/";
        }
        return scheme + "://" + host + "/";
    }
}
