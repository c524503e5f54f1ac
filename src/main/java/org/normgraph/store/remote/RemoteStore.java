package org.normgraph.store.remote;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Query;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.rdflink.RDFLinkHTTPBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.update.UpdateRequest;
import org.normgraph.store.StoreSpec;

/**
 * The connection to an external SPARQL 1.1 store, through Jena's {@link RDFLink}: queries to its
 * query URL (sent as HTML-form POSTs, so long dataset descriptions fit), updates to its update URL
 * with the credentials registered for that URL (Basic or Digest, as the store asks). A request that
 * cannot connect is tried again with backoff; what still fails becomes a
 * {@link StoreUnavailableException} that names the URL, and a 401/403 says to check the credentials.
 *
 * <pre>{@code RemoteStore store = new RemoteStore(spec);
 * try (RowSet rows = store.select(query, 20_000)) { ... }}</pre>
 */
public final class RemoteStore {
    /** Tries of a request that cannot connect, with 0.25 s, 0.5 s, 1 s between them. */
    static final int TRIES = 4;
    private static final long FIRST_WAIT_MILLIS = 250;

    private final StoreSpec spec;
    private final RDFLink link;

    public RemoteStore(StoreSpec spec) {
        if (!spec.isRemote()) throw new IllegalArgumentException("not an external store: " + spec);
        this.spec = spec;
        if (spec.user() != null) {
            register(spec.queryUrl(), spec.user(), spec.password());
            if (spec.updateUrl() != null) register(spec.updateUrl(), spec.user(), spec.password());
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        RDFLinkHTTPBuilder b = RDFLinkHTTP.newBuilder().httpClient(client)
                .queryEndpoint(spec.queryUrl().toString()).querySendMode(QuerySendMode.asPostForm)
                .parseCheckSPARQL(false);   // texts are sent as written for the store (SentQuery), not parsed again
        if (spec.updateUrl() != null) b.updateEndpoint(spec.updateUrl().toString());
        this.link = b.build();
    }

    /** Jena keeps a Digest answer per URL once it worked: forget it, so that new credentials are the ones sent. */
    private static void register(java.net.URI url, String user, String password) {
        AuthEnv.get().unregisterUsernamePassword(url);
        AuthEnv.get().registerUsernamePassword(url, user, password);
    }

    public StoreSpec spec() { return spec; }

    public String url() { return spec.queryUrl().toString(); }

    /** The rows of a SELECT query, streamed from the store; the caller closes them. */
    public ClosingRowSet select(Query query, long timeoutMillis) {
        return select(query.toString(), timeoutMillis);
    }

    /** The rows of a SELECT query sent as this text (the store's dialect, not parsed again), streamed; the caller closes them. */
    ClosingRowSet select(String queryText, long timeoutMillis) {
        return call(url(), () -> {
            QueryExec exec = link.newQuery().query(queryText).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build();
            try {
                return new ClosingRowSet(exec.select(), exec);
            } catch (RuntimeException e) {
                exec.close();
                throw e;
            }
        });
    }

    /** Runs an update at the update URL; refused when none was given. */
    public void update(UpdateRequest request) {
        if (spec.updateUrl() == null) {
            throw new StoreUnavailableException("the store " + url() + " was given without --update-url, so normgraph cannot write to it", null);
        }
        call(spec.updateUrl().toString(), () -> {
            link.update(request);
            return null;
        });
    }

    public boolean canWrite() { return spec.updateUrl() != null; }

    private <T> T call(String url, Supplier<T> request) {
        long wait = FIRST_WAIT_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (HttpException e) {
                if (timedOut(e)) throw new org.apache.jena.query.QueryCancelledException();
                int status = e.getStatusCode();
                if (status == 401 || status == 403) {
                    throw new StoreUnavailableException("the store at " + url + " refused normgraph's credentials (HTTP " + status
                            + "): check " + StoreSpec.USER_ENV + " and " + StoreSpec.PASSWORD_ENV, e);
                }
                boolean connect = status <= 0 && connectFailure(e);
                if (!connect && status > 0 && status < 500) {
                    throw new StoreUnavailableException("the store at " + url + " refused a request (HTTP " + status + "): " + firstLines(e.getResponse()), e);
                }
                if (!connect || attempt == TRIES) throw unavailable(url, e, attempt);
            } catch (RuntimeException e) {
                if (timedOut(e)) throw new org.apache.jena.query.QueryCancelledException();   // as a query timing out in TDB2: 503
                if (!connectFailure(e) || attempt == TRIES) {
                    if (connectFailure(e)) throw unavailable(url, e, attempt);
                    throw e;
                }
            }
            sleep(wait);
            wait *= 2;
        }
    }

    private static StoreUnavailableException unavailable(String url, RuntimeException e, int attempts) {
        String why = e instanceof HttpException h && h.getStatusCode() > 0 ? "HTTP " + h.getStatusCode() : rootMessage(e);
        return new StoreUnavailableException("cannot reach the store at " + url + " (" + why + ")"
                + (attempts > 1 ? " after " + attempts + " tries" : ""), e);
    }

    /** The request ran past its timeout (the store is still computing): not a failure to connect, and not tried again. */
    static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.http.HttpTimeoutException && !(t instanceof HttpConnectTimeoutException)) return true;
        }
        return false;
    }

    static boolean connectFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException || t instanceof java.nio.channels.UnresolvedAddressException
                    || t instanceof java.net.UnknownHostException) return true;
        }
        return false;
    }

    private static String firstLines(String response) {
        if (response == null || response.isBlank()) return "no explanation given";
        String r = response.strip();
        return r.length() > 300 ? r.substring(0, 300) + "..." : r;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while waiting for the store", e);
        }
    }
}
