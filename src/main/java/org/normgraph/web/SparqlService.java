package org.normgraph.web;

import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.normgraph.store.EditsDataset;
import org.normgraph.web.sparql.GuardedQueryProcessor;

/**
 * The SPARQL side of the server: a read-only SPARQL 1.1 query endpoint at {@code /sparql} with a
 * query timeout, a cap on the size of an answer and on the queries running at once. SPARQL Update
 * ({@code /sparql/update}) and the Graph Store Protocol ({@code /sparql/data}) exist only when an
 * admin password is configured, behind HTTP Basic auth (the password stays in memory), and write
 * through {@link EditsDataset}: their default graph is the edits graph that queries see. The same
 * login guards the curators' review pages under {@code /curate}.
 *
 * <pre>{@code SparqlService.configure(builder, dsg, new SparqlService.Limits(30, 100_000, 4), null);}</pre>
 */
final class SparqlService {
    static final String PATH = "/sparql";
    static final String UPDATE_PATH = PATH + "/update";
    static final String DATA_PATH = PATH + "/data";
    static final List<String> WRITE_PATHS = List.of(UPDATE_PATH, DATA_PATH);
    static final String ADMIN_USER = "admin";
    /** The curators' review pages ({@code web.curate}): behind the same login as the write endpoints. */
    static final String CURATE_PATH = "/curate";

    /** Timeout in seconds, most rows or triples in one answer, most queries running at once. */
    record Limits(int timeoutSeconds, long maxResults, int concurrentQueries) {
        Limits {
            if (timeoutSeconds < 1 || maxResults < 1 || concurrentQueries < 1) throw new IllegalArgumentException("limits must be positive");
        }
    }

    private SparqlService() {}

    static void configure(FusekiServer.Builder builder, DatasetGraph dsg, Limits limits, String adminPassword) {
        Context timeout = new Context();
        timeout.set(ARQ.queryTimeout, Long.toString(limits.timeoutSeconds() * 1000L));
        builder.registerOperation(Operation.Query, new GuardedQueryProcessor(limits.maxResults(), limits.concurrentQueries()));
        builder.add(PATH, DataService.newBuilder(dsg)
                .addEndpoint(query("", timeout))
                .addEndpoint(query("query", timeout)).build());
        if (adminPassword != null && !adminPassword.isEmpty()) {
            var admin = Auth.policyAllowSpecific(ADMIN_USER);
            DatasetGraph writable = new EditsDataset(dsg);
            builder.add(UPDATE_PATH, DataService.newBuilder(writable).addEndpoint(Operation.Update, "", admin).build());
            builder.add(DATA_PATH, DataService.newBuilder(writable).addEndpoint(Operation.GSP_RW, "", admin).build());
            var security = JettySecurityLib.makeSecurityHandler("normgraph",
                    JettySecurityLib.makeUserStore(ADMIN_USER, adminPassword), AuthScheme.BASIC);
            JettySecurityLib.addPathConstraint(security, CURATE_PATH);
            JettySecurityLib.addPathConstraint(security, CURATE_PATH + "/*");
            builder.auth(AuthScheme.BASIC).securityHandler(security);
        }
    }

    private static Endpoint query(String name, Context context) {
        return Endpoint.create().operation(Operation.Query).endpointName(name).context(context).build();
    }
}
