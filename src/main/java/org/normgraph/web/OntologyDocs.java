package org.normgraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.shared.PrefixMapping;

/**
 * The ontology's documentation at its namespace, {@code /ns} (the IRI {@code https://normgraph.org/ns}
 * dereferences here): an HTML page listing every ng: class, property and individual with zh and en
 * labels and comments, superclasses and superproperties, domains and ranges; or, by {@code Accept}
 * or a suffix, the ontology graph in Turtle, JSON-LD, N-Triples or RDF/XML. Terms are anchored by
 * local name, so {@code /ns#Position} lands on ng:Position.
 *
 * <pre>{@code GET /ns   GET /ns (Accept: text/turtle)   GET /ns.ttl   GET /ns.jsonld}</pre>
 */
final class OntologyDocs implements Feature {
    /** Prefixes for the ontology's neighbours, for prefixed names on the page and in RDF output. */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("ng", org.normgraph.ontology.NG.NS).setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("vann", "http://purl.org/vocab/vann/").setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#").setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("org", "http://www.w3.org/ns/org#").setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("oa", "http://www.w3.org/ns/oa#").lock();
    static final List<String> KINDS = List.of("class", "object", "datatype", "annotation", "individual");

    private final Services services;

    OntologyDocs(Services services) {
        this.services = services;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/ns", ctx -> {
            ctx.header("Vary", "Accept");
            Lang lang = LinkedData.negotiate(ctx.header("Accept"));
            if (lang == null) page(ctx); else rdf(ctx, lang);
        });
        LinkedData.SUFFIXES.forEach((suffix, lang) -> routes.get("/ns." + suffix, ctx -> rdf(ctx, lang)));
    }

    private void rdf(Context ctx, Lang lang) {
        Model m = services.queries().construct("ontology-graph", Map.of());
        m.setNsPrefixes(PREFIXES);
        LinkedData.writeRdf(ctx, m, lang);
    }

    private void page(Context ctx) {
        List<Row> header = services.queries().select("ontology-header", Map.of());
        Map<String, List<OntologyTerm>> byKind = new LinkedHashMap<>();
        KINDS.forEach(k -> byKind.put(k, new ArrayList<>()));
        terms().values().forEach(t -> byKind.get(t.kind()).add(t));
        services.pages().render(ctx, "ontology", Pages.model("header", header.isEmpty() ? null : header.getFirst(),
                "kinds", byKind, "relations", OntologyTerm.RELATIONS, "title", "ng:"));
    }

    /** The terms with their relations; a term declared with two kinds is listed under the first. */
    private Map<String, OntologyTerm> terms() {
        Map<String, OntologyTerm> terms = new LinkedHashMap<>();
        for (Row r : services.queries().select("ontology-terms", Map.of())) {
            String iri = r.str("term");
            terms.putIfAbsent(iri, new OntologyTerm(iri, PREFIXES.shortForm(iri), r.local("term"), r.str("kind"),
                    r.str("label_zh"), r.str("label_en"), r.str("comment_zh"), r.str("comment_en"), Map.of()));
        }
        for (Row r : services.queries().select("ontology-relations", Map.of())) {
            OntologyTerm t = terms.get(r.str("term"));
            if (t == null) continue;
            String rel = r.str("rel");
            if (rel.equals("super")) rel = t.kind().equals("class") ? "superClass" : "superProperty";
            t.add(rel, ref(r.str("target"), r.str("target_zh"), r.str("target_en")));
            OntologyTerm sup = terms.get(r.str("target"));
            if (rel.equals("superClass") && sup != null) sup.add("subClass", ref(t.iri(), t.labelZh(), t.labelEn()));
        }
        return terms;
    }

    private OntologyTerm.Ref ref(String iri, String zh, String en) {
        return new OntologyTerm.Ref(PREFIXES.shortForm(iri), services.paths().local(iri), zh, en);
    }
}
