package org.normgraph.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * A servlet filter in front of Fuseki's {@code /sparql}: a GET (or HEAD, which HeadAsGet turns into a GET) without a {@code query}
 * parameter gets the endpoint's SPARQL 1.1 Service Description (Turtle, or JSON-LD, N-Triples,
 * RDF/XML by {@code Accept}) built by {@code sparql/web/service-description.rq}; a GET carrying an
 * {@code update} parameter is refused with 400; every other
 * request passes through to Fuseki untouched.
 *
 * <pre>{@code fusekiBuilder.addFilter("/sparql", new ServiceDescription(services));}</pre>
 */
final class ServiceDescription implements Filter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ServiceDescription.class);
    private final Services services;

    ServiceDescription(Services services) {
        this.services = services;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (req instanceof HttpServletRequest http && res instanceof HttpServletResponse out && updateByGet(http)) {
            out.sendError(400, "SPARQL Update is never accepted by GET; POST it to " + SparqlService.UPDATE_PATH
                    + " (enabled only with an admin password)");
            return;
        }
        if (!(req instanceof HttpServletRequest http) || !(res instanceof HttpServletResponse out) || !describes(http)) {
            chain.doFilter(req, res);
            return;
        }
        String root = VoidDescription.root(http.getScheme(), http.getHeader("Host"), services.config().base());
        Model m;
        try {
            m = model(root + SparqlService.PATH.substring(1));
        } catch (RuntimeException e) {
            LOG.error("service description failed", e);
            out.sendError(500, "The service description could not be built; the error has been logged.");
            return;
        }
        Lang lang = LinkedData.negotiate(http.getHeader("Accept"));
        if (lang == null) lang = Lang.TURTLE;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (lang.equals(Lang.TURTLE)) RDFDataMgr.write(body, m, RDFFormat.TURTLE_PRETTY);
        else RDFDataMgr.write(body, m, lang);
        out.setStatus(200);
        out.setContentType(lang.getHeaderString() + "; charset=utf-8");
        out.addHeader("Vary", "Accept");
        out.setContentLength(body.size());
        out.getOutputStream().write(body.toByteArray());
    }

    /** The SPARQL protocol forbids updates by GET (W3C protocol test {@code bad_update_get}). */
    static boolean updateByGet(HttpServletRequest req) {
        return "GET".equals(req.getMethod()) && req.getParameter("update") != null;
    }

    /** GET with no {@code query} parameter (any other parameters are ignored). */
    static boolean describes(HttpServletRequest req) {
        String method = req.getMethod();
        return "GET".equals(method) && req.getParameter("query") == null;
    }

    Model model(String endpoint) {
        Model m = services.queries().construct("service-description", Map.of("endpoint", NodeFactory.createURI(endpoint)));
        return m.setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#")
                .setNsPrefix("void", VoidDescription.VOID).setNsPrefix("formats", "http://www.w3.org/ns/formats/")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/");
    }
}
