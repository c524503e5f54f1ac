package org.normgraph.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.normgraph.problems.InputException;

/**
 * Where the graph is kept: the embedded TDB2 store in a folder ({@code tdb2:DIR}, the default), or an
 * external SPARQL 1.1 store ({@code sparql:QUERY_URL}) with an optional update endpoint for loads and
 * credentials for it, taken from {@code NORMGRAPH_STORE_USER} and {@code NORMGRAPH_STORE_PASSWORD}.
 *
 * <pre>{@code StoreSpec s = StoreSpec.parse("sparql:http://localhost:8890/sparql", null, "http://localhost:8890/sparql-auth", System.getenv());
 * s.isRemote()   // true}</pre>
 */
public record StoreSpec(Path dir, URI queryUrl, URI updateUrl, String user, String password) {
    public static final String USER_ENV = "NORMGRAPH_STORE_USER";
    public static final String PASSWORD_ENV = "NORMGRAPH_STORE_PASSWORD";

    public StoreSpec {
        if ((dir == null) == (queryUrl == null)) throw new IllegalArgumentException("a store is either a folder or a query URL");
        if (dir != null && updateUrl != null) throw new IllegalArgumentException("--update-url goes with a sparql: store");
        if ((user == null) != (password == null)) throw new IllegalArgumentException("a user needs a password");
    }

    public static StoreSpec tdb2(Path dir) {
        return new StoreSpec(Objects.requireNonNull(dir, "dir"), null, null, null, null);
    }

    public boolean isRemote() { return queryUrl != null; }

    /** The store to use from the command line's {@code --store}, {@code --db} and {@code --update-url} (each may be null). */
    public static StoreSpec parse(String store, Path db, String updateUrl, Map<String, String> env) {
        if (store != null && db != null) throw new InputException("give either --store or --db, not both (--db DIR is short for --store tdb2:DIR)");
        if (store == null) {
            if (updateUrl != null) throw new InputException("--update-url goes with --store sparql:URL");
            return tdb2(db != null ? db : Layout.home().resolve(Store.DEFAULT));
        }
        if (store.startsWith("tdb2:")) {
            if (updateUrl != null) throw new InputException("--update-url goes with --store sparql:URL, not with a tdb2: store");
            String d = store.substring("tdb2:".length());
            if (d.isBlank()) throw new InputException("--store tdb2: needs a folder, e.g. --store tdb2:./data/tdb");
            return tdb2(Path.of(d));
        }
        if (store.startsWith("sparql:")) {
            URI query = url("--store", store.substring("sparql:".length()));
            URI update = updateUrl == null ? null : url("--update-url", updateUrl);
            String user = blankToNull(env.get(USER_ENV)), password = blankToNull(env.get(PASSWORD_ENV));
            if ((user == null) != (password == null)) {
                throw new InputException("set both " + USER_ENV + " and " + PASSWORD_ENV + " (or neither) for the store's credentials");
            }
            return new StoreSpec(null, query, update, user, password);
        }
        throw new InputException("--store " + store + " is not tdb2:DIR or sparql:QUERY_URL");
    }

    private static URI url(String option, String text) {
        try {
            URI u = new URI(text);
            if ((Objects.equals(u.getScheme(), "http") || Objects.equals(u.getScheme(), "https")) && u.getHost() != null) return u;
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new InputException(option + " needs an http(s) URL such as http://localhost:8890/sparql, not '" + text + "'");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Names the store in messages: its folder or its query URL (never the password). */
    public String describe() {
        return isRemote() ? queryUrl.toString() : dir.toString();
    }

    @Override
    public String toString() {
        return "StoreSpec[" + describe() + (updateUrl != null ? ", update " + updateUrl : "") + (user != null ? ", user " + user : "") + "]";
    }

}
