import java.nio.file.*;
import java.util.*;
import org.apache.jena.graph.*;
import org.apache.jena.query.*;
import org.apache.jena.sparql.core.*;
import org.apache.jena.sparql.engine.binding.*;
import org.apache.jena.sparql.exec.*;
import org.apache.jena.sparql.syntax.*;
import org.apache.jena.system.Txn;
import org.normgraph.store.Store;

/**
 * Times spec lines (see Compare.java) on a TDB2 store, as the app runs them: best of -Dreps=N runs
 * after one warm-up run, in ms, with the row count.
 * java -Dreps=3 -cp target/normgraph.jar scripts/virtuoso/Time.java SPEC TDBDIR [LABEL-REGEX]
 */
public class Time {
    public static void main(String[] a) throws Exception {
        DatasetGraph tdb = Store.open(Path.of(a[1]));
        String filter = a.length > 2 ? a[2] : null;
        int reps = Integer.getInteger("reps", 3);
        for (String line : Files.readAllLines(Path.of(a[0]))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.trim().split("\\s+");
            if (filter != null && !parts[0].matches(filter)) continue;
            Query q = QueryFactory.create(Files.readString(Path.of(parts[1])));
            BindingBuilder sub = Binding.builder();
            for (int i = 2; i < parts.length; i++) {
                String p = parts[i];
                if (p.startsWith("@limit=")) { q.setLimit(Long.parseLong(p.substring(7))); continue; }
                if (p.startsWith("@offset=")) { q.setOffset(Long.parseLong(p.substring(8))); continue; }
                if (p.startsWith("@values=")) {
                    String[] kv = p.substring(8).split(":", 2);
                    Var v = Var.alloc(kv[0]);
                    List<Binding> rows = new ArrayList<>();
                    for (String iri : kv[1].split(",")) rows.add(BindingFactory.binding(v, NodeFactory.createURI(iri)));
                    ((ElementGroup) q.getQueryPattern()).getElements().addFirst(new ElementData(List.of(v), rows));
                    continue;
                }
                String[] kv = p.split("=", 2);
                Node n = kv[1].startsWith("\"") ? org.apache.jena.sparql.util.NodeFactoryExtra.parseNode(kv[1].replace("^^xsd:", "^^<http://www.w3.org/2001/XMLSchema#").replaceAll("(\\^\\^<[^>]*#\\w+)$", "$1>"))
                        : NodeFactory.createURI(kv[1]);
                sub.add(Var.alloc(kv[0]), n);
            }
            Binding b = sub.build();
            long best = Long.MAX_VALUE;
            long rows = 0;
            for (int r = 0; r <= reps; r++) {
                long t0 = System.nanoTime();
                rows = Txn.calculateRead(tdb, () -> {
                    try (QueryExec qe = QueryExec.dataset(tdb).query(q).substitution(b).build()) {
                        if (!q.isSelectType()) return (long) (q.isAskType() ? 1 : (q.isConstructType() ? qe.construct() : qe.describe()).size());
                        long n = 0;
                        RowSet rs = qe.select();
                        while (rs.hasNext()) { rs.next(); n++; }
                        return n;
                    }
                });
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (r > 0) best = Math.min(best, ms);
            }
            System.out.printf("%-36s %7d ms %7d rows%n", parts[0], best, rows);
        }
        System.exit(0);
    }
}
