package org.normgraph.store.remote;

import java.util.List;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/** Rows streamed from the store that end their HTTP exchange when closed. */
public record ClosingRowSet(RowSet rows, QueryExec exec) implements RowSet, AutoCloseable {
    @Override public boolean hasNext() { return rows.hasNext(); }
    @Override public Binding next() { return rows.next(); }
    @Override public List<Var> getResultVars() { return rows.getResultVars(); }
    @Override public long getRowNumber() { return rows.getRowNumber(); }

    @Override
    public void close() {
        try {
            rows.close();
        } finally {
            exec.close();
        }
    }

    /** Stops a request still running (a timeout or a client gone). */
    public void abort() { exec.abort(); }
}
