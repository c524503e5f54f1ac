package org.normgraph.web.sparql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.normgraph.query.guard.GuardedQueries;
import org.normgraph.query.guard.QueryTooComplexException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public query endpoint's processor: Fuseki's SPARQL query handling with the limits a public
 * server needs. At most {@code concurrency} queries run at once (others wait a few seconds, then
 * get 503); regular expressions stop at the query timeout; an answer is computed whole, up to
 * {@code maxResults} rows or triples, before a byte is sent, so a client gets either a complete,
 * valid document or a clear error (503 at the timeout, 400 beyond the cap or for a query nested
 * too deeply to evaluate), never a 200 cut short.
 *
 * <pre>{@code fusekiBuilder.registerOperation(Operation.Query, new GuardedQueryProcessor(100_000, 4));}</pre>
 */
public final class GuardedQueryProcessor extends SPARQL_QueryDataset {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedQueryProcessor.class);
    private static final long WAIT_SECONDS = 5;
    private final long maxResults;
    private final Semaphore running;

    public GuardedQueryProcessor(long maxResults, int concurrency) {
        if (maxResults < 1 || concurrency < 1) throw new IllegalArgumentException("limits must be positive");
        this.maxResults = maxResults;
        this.running = new Semaphore(concurrency, true);
    }

    @Override
    protected void executeBody(HttpAction action) {
        ContentType ct = ActionLib.getContentType(action);
        String charset = ct == null ? null : ct.getCharset();
        if (charset != null && !charset.equalsIgnoreCase(StandardCharsets.UTF_8.name()) && !charset.equalsIgnoreCase("utf8")) {
            ServletOps.error(415, "A query sent as application/sparql-query must be encoded in UTF-8, not " + charset);
        }
        super.executeBody(action);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        boolean admitted;
        try {
            admitted = running.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            action.getResponse().setHeader("Retry-After", "10");
            ServletOps.error(503, "The server is answering as many queries as it can; try again in a few seconds");
        }
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            LOG.warn("[{}] query refused: nested too deeply to evaluate ({} characters)", action.id, queryString.length());
            ServletOps.errorBadRequest("The query is nested too deeply to evaluate (for example thousands of chained "
                    + "|| or nested brackets). Use VALUES or IN (...) for long lists of alternatives.");
        } catch (QueryTooComplexException e) {
            LOG.warn("[{}] query refused: {}", action.id, e.getMessage());
            ServletOps.errorBadRequest(e.getMessage());
        } catch (org.normgraph.store.remote.StoreUnavailableException e) {
            LOG.warn("[{}] the store did not answer: {}", action.id, e.getMessage());
            action.getResponse().setHeader("Retry-After", "10");
            ServletOps.error(503, "The data store behind this endpoint is not answering just now; try again in a few seconds");
        } finally {
            running.release();
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, GuardedQueries.guard(query), dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            List<Binding> all = new ArrayList<>();
            while (rows.hasNext()) {
                all.add(rows.next());
                if (all.size() > maxResults) throw tooMany("rows");
            }
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), all.iterator()));
        }
        if (query.isConstructType()) {
            DatasetGraph out = DatasetGraphFactory.create();
            Iterator<Quad> quads = exec.constructQuads();
            long n = 0;
            try {
                while (quads.hasNext()) {
                    out.add(quads.next());
                    if (++n > maxResults) throw tooMany("triples");
                }
            } finally {
                Iter.close(quads);
            }
            copyPrefixes(action, query, out.getDefaultGraph());
            out.getDefaultGraph().getPrefixMapping().getNsPrefixMap().forEach(out.prefixes()::add);
            return new QueryExecResult(out);
        }
        if (query.isDescribeType()) {
            Graph out = GraphFactory.createDefaultGraph();
            Iterator<Triple> triples = exec.describeTriples();
            try {
                while (triples.hasNext()) {
                    out.add(triples.next());
                    if (out.size() > maxResults) throw tooMany("triples");
                }
            } finally {
                Iter.close(triples);
            }
            copyPrefixes(action, query, out);
            return new QueryExecResult(out);
        }
        return super.executeQuery(action, exec, query, queryStringLog);
    }

    private QueryTooComplexException tooMany(String what) {
        return new QueryTooComplexException(String.format("The answer has more than %,d %s, the most this endpoint returns "
                + "at once. Add LIMIT and OFFSET to page through it, or download the whole dataset from /dump.", maxResults, what));
    }

    private static void copyPrefixes(HttpAction action, Query query, Graph graph) {
        action.getActiveDSG().prefixes().forEach((p, uri) -> graph.getPrefixMapping().setNsPrefix(p, uri));
        graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
    }
}
