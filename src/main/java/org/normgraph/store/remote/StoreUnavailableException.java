package org.normgraph.store.remote;

/**
 * The external store could not answer: unreachable after retries, refusing normgraph's credentials,
 * or failing with a server error. The message names the store's URL and says what to do; pages
 * answer 503 with it, the command line prints it and exits 1.
 *
 * <pre>{@code throw new StoreUnavailableException("cannot reach the store at http://localhost:8890/sparql (connection refused)", e);}</pre>
 */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
