package org.normgraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SPARQL side of the server: a read-only SPARQL 1.1 query endpoint at {@code /sparql} with a
 * query timeout and CORS. SPARQL Update ({@code /sparql/update}) and the Graph Store Protocol
 * ({@code /sparql/data}) exist only when an admin password is configured, behind HTTP Basic auth.
 *
 * <pre>{@code SparqlService.configure(builder, dsg, 30, null);}</pre>
 */
final class SparqlService {
    static final String PATH = "/sparql";
    static final String ADMIN_USER = "admin";

    private SparqlService() {}

    static void configure(FusekiServer.Builder builder, DatasetGraph dsg, int timeoutSeconds, String adminPassword) {
        Context timeout = new Context();
        timeout.set(ARQ.queryTimeout, Long.toString(timeoutSeconds * 1000L));
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(query("", timeout))
                .addEndpoint(query("query", timeout));
        if (adminPassword != null && !adminPassword.isEmpty()) {
            var admin = Auth.policyAllowSpecific(ADMIN_USER);
            service.addEndpoint(Operation.Update, "update", admin).addEndpoint(Operation.GSP_RW, "data", admin);
            builder.auth(AuthScheme.BASIC).passwordFile(passwordFile(adminPassword).toString()).realm("normgraph");
        }
        builder.add(PATH, service.build()).enableCors(true, null);
    }

    private static Endpoint query(String name, Context context) {
        return Endpoint.create().operation(Operation.Query).endpointName(name).context(context).build();
    }

    /** Jetty reads users from a realm file; it is written to a private temporary file. */
    private static Path passwordFile(String password) {
        try {
            Path f = Files.createTempFile("normgraph-users", ".properties");
            f.toFile().deleteOnExit();
            Files.writeString(f, ADMIN_USER + ": " + password + ", admin\n");
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
