package org.normgraph.store.remote;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpNull;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanBase;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's query engine for a {@link RemoteDataset}: a query built over it with Jena's usual API
 * ({@code QueryExec.dataset(remote)}, Fuseki's endpoint, Jena's substitution of parameters) is sent
 * whole to the external store as {@link StoreQuery} rewrites it, and its rows come back through
 * Jena, which completes CONSTRUCT, DESCRIBE and ASK and applies the timeout. Registered once, ahead
 * of Jena's own engines, and taking only queries over a remote dataset.
 *
 * <pre>{@code RemoteEngine.register();
 * QueryExec.dataset(remote).query("SELECT * { ?s a ?t } LIMIT 3").select()   // answered by the store}</pre>
 */
final class RemoteEngine implements QueryEngineFactory {
    private static final RemoteEngine INSTANCE = new RemoteEngine();
    private static volatile boolean registered;

    private RemoteEngine() {}

    static synchronized void register() {
        if (registered) return;
        QueryEngineRegistry.addFactory(INSTANCE);
        registered = true;
    }

    /** The remote dataset under any wrappers, or null. */
    static RemoteDataset unwrap(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (d instanceof DatasetGraphWrapper w) d = w.getWrapped();
        return d instanceof RemoteDataset r ? r : null;
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return unwrap(dataset) != null;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
        RemoteDataset remote = unwrap(dataset);
        GraphVersion version = remote.current();
        Query sent = StoreQuery.of(StoreQuery.substitute(query, input), version);
        ExecutionContext cxt = ExecutionContext.create(dataset, context);
        long timeout = timeoutMillis(context, remote.timeoutMillis());
        return new PlanBase(OpNull.create(), null) {
            @Override
            protected QueryIterator iteratorOnce() {
                return new RemoteRows(remote.store(), sent, version, timeout, cxt);
            }
        };
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
        throw new UnsupportedOperationException("an external store is sent queries, not algebra");
    }

    /** The query timeout set in the context (Fuseki's endpoint sets it; milliseconds, or "initial,overall"), else the default. */
    static long timeoutMillis(Context context, long fallback) {
        Object t = context == null ? null : context.get(ARQ.queryTimeout);
        if (t instanceof Number n) return n.longValue();
        if (t instanceof String s && !s.isBlank()) {
            String last = s.substring(s.lastIndexOf(',') + 1).strip();
            try {
                return Long.parseLong(last);
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
