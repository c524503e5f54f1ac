package org.normgraph.query.guard;

import org.apache.jena.query.QueryCancelledException;

/**
 * A query this server will not evaluate because of its shape rather than its data: a regular
 * expression that recurses too deeply, an expression nested beyond the stack, an answer larger
 * than the configured cap. The message says what to change; the endpoint answers 400 with it.
 * It is a kind of cancellation because only cancellation passes through Jena's FILTER evaluation
 * (which turns every other exception into "false"): the query stops instead of answering wrongly.
 */
public final class QueryTooComplexException extends QueryCancelledException {
    private final String message;

    public QueryTooComplexException(String message) {
        this.message = message;
    }

    @Override
    public String getMessage() { return message; }
}
