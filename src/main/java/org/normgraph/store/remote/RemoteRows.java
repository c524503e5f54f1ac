package org.normgraph.store.remote;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter;

/**
 * The rows of one query answered by the external store, asked for on the first read and mapped back
 * to logical graph names; cancelling (a timeout) aborts the request.
 */
final class RemoteRows extends QueryIter {
    private final RemoteStore store;
    private final SentQuery query;
    private final GraphVersion version;
    private final long timeoutMillis;
    private final AnswerTypes types;
    private volatile ClosingRowSet rows;

    RemoteRows(RemoteStore store, Query query, GraphVersion version, long timeoutMillis, ExecutionContext cxt) {
        super(cxt);
        this.store = store;
        this.query = SentQuery.of(query);
        this.version = version;
        this.timeoutMillis = timeoutMillis;
        this.types = AnswerTypes.of(query);
    }

    private ClosingRowSet rows() {
        if (rows == null) rows = store.select(query.text(), timeoutMillis);
        return rows;
    }

    @Override
    protected boolean hasNextBinding() {
        return rows().hasNext();
    }

    @Override
    protected Binding moveToNextBinding() {
        return StoreQuery.back(version, types, query, rows().next());
    }

    @Override
    protected void closeIterator() {
        if (rows != null) rows.close();
    }

    @Override
    protected void requestCancel() {
        ClosingRowSet r = rows;
        if (r != null) r.abort();
    }
}
