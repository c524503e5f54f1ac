import java.nio.file.*;
import java.util.*;
import java.util.concurrent.TimeUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.*;
import org.apache.jena.query.*;
import org.apache.jena.sparql.core.*;
import org.apache.jena.sparql.engine.binding.*;
import org.apache.jena.sparql.exec.*;
import org.apache.jena.sparql.syntax.*;
import org.apache.jena.system.Txn;
import org.normgraph.store.Store;
import org.normgraph.store.StoreSpec;
import org.normgraph.store.remote.Stores;

/**
 * Compares normgraph's queries on the embedded TDB2 store and on an external SPARQL store in
 * normgraph's remote mode, run exactly as the app runs them: {@code QueryExec.dataset(dsg)} with the
 * parameters given as a substitution binding, and VALUES restrictions put first in the pattern as
 * GraphQueries does.
 *
 * <pre>
 * scripts/virtuoso/mkspec.sh small > /tmp/spec
 * java -cp target/normgraph.jar scripts/virtuoso/Compare.java /tmp/spec data/tdb http://127.0.0.1:PORT/sparql [LABEL-REGEX]
 * </pre>
 *
 * Each spec line: LABEL FILE [var=IRI | var="literal"[^^xsd:T] | @values=var:IRI,IRI | @limit=N | @offset=N]...
 * Verdicts: SAME (rows equal as multisets, term for term; for ORDER BY also in the same order),
 * SAME-VALUES (equal by value: numbers and booleans compared as values, lists joined by GROUP_CONCAT
 * with "; ", "；" or " | " as sets of items, whose order SPARQL leaves open), ORDER (same rows, other order),
 * DIFF (different rows), ERR (the store failed). {@code -Dreps=N}: best of N runs (ms).
 */
public class Compare {
    static String canon(Node n, boolean loose) {
        if (n == null) return "UNDEF";
        if (n.isBlank()) return "_:b";
        if (n.isURI()) return "<" + n.getURI() + ">";
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return "\"" + n.getLiteralLexicalForm() + "\"@" + (loose ? lang.toLowerCase() : lang);
            String dt = n.getLiteralDatatypeURI();
            if (loose) {
                if (dt.equals(XSDDatatype.XSDboolean.getURI())) {
                    String lex = n.getLiteralLexicalForm();
                    return "BOOL:" + (lex.equals("true") || lex.equals("1"));
                }
                try {
                    Object v = n.getLiteralValue();
                    if (v instanceof Number num) return "NUM:" + new java.math.BigDecimal(num.toString()).stripTrailingZeros().toPlainString();
                } catch (Exception e) { /* ill-formed: keep lexical */ }
                if (dt.equals(XSDDatatype.XSDstring.getURI())) return "\"" + list(n.getLiteralLexicalForm()) + "\"";
            }
            return "\"" + n.getLiteralLexicalForm() + "\"^^<" + dt + ">";
        }
        return n.toString();
    }

    /** A GROUP_CONCAT list with its items sorted: SPARQL leaves the order of a concatenation open. */
    static String list(String lex) {
        String[] items = lex.split("; |；| \\| |\\|");
        if (items.length < 2) return lex;
        Arrays.sort(items);
        return String.join(" ¦ ", items);
    }

    record Res(List<String> vars, List<Map<String, String>> strict, List<Map<String, String>> loose, Boolean ask, Graph graph, long ms, String err) {}

    static Res run(DatasetGraph dsg, Query q, Binding b) {
        long t0 = System.nanoTime();
        try {
            return Txn.calculateRead(dsg, () -> {
                try (QueryExec qe = QueryExec.dataset(dsg).query(q).substitution(b).timeout(120, TimeUnit.SECONDS).build()) {
                    if (q.isAskType()) { boolean x = qe.ask(); return new Res(null, null, null, x, null, ms(t0), null); }
                    if (q.isConstructType() || q.isDescribeType()) {
                        Graph g = q.isConstructType() ? qe.construct() : qe.describe();
                        return new Res(null, null, null, null, g, ms(t0), null);
                    }
                    RowSet rs = qe.select();
                    List<Var> vars = rs.getResultVars();
                    List<Map<String, String>> s = new ArrayList<>(), l = new ArrayList<>();
                    while (rs.hasNext()) {
                        Binding row = rs.next();
                        Map<String, String> ms = new LinkedHashMap<>(), ml = new LinkedHashMap<>();
                        for (Var v : vars) { ms.put(v.getVarName(), canon(row.get(v), false)); ml.put(v.getVarName(), canon(row.get(v), true)); }
                        s.add(ms);
                        l.add(ml);
                    }
                    return new Res(vars.stream().map(Var::getVarName).toList(), s, l, null, null, ms(t0), null);
                }
            });
        } catch (Exception e) {
            String m = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
            return new Res(null, null, null, null, null, ms(t0), e.getClass().getSimpleName() + ": " + m.substring(0, Math.min(300, m.length())));
        }
    }

    static long ms(long t0) { return (System.nanoTime() - t0) / 1_000_000; }

    public static void main(String[] a) throws Exception {
        List<String> spec = Files.readAllLines(Path.of(a[0]));
        DatasetGraph tdb = Store.open(Path.of(a[1]));
        DatasetGraph remote = Stores.connect(StoreSpec.parse("sparql:" + a[2], null, null, System.getenv()));
        String filter = a.length > 3 ? a[3] : null;
        int reps = Integer.parseInt(System.getProperty("reps", "1"));
        for (String line : spec) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.trim().split("\\s+");
            String label = parts[0], file = parts[1];
            if (filter != null && !label.matches(filter)) continue;
            Query q = QueryFactory.create(Files.readString(Path.of(file)));
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
                Node n = kv[1].startsWith("\"") ? org.apache.jena.sparql.util.NodeFactoryExtra.parseNode(kv[1].replace("^^xsd:", "^^" + "<http://www.w3.org/2001/XMLSchema#").replaceAll("(\\^\\^<[^>]*#\\w+)$", "$1>"))
                        : NodeFactory.createURI(kv[1]);
                sub.add(Var.alloc(kv[0]), n);
            }
            Binding b = sub.build();
            Res t = null, v = null;
            for (int r = 0; r < reps; r++) { Res x = run(tdb, q, b); if (t == null || x.err != null || x.ms < t.ms) t = x; if (x.err != null) break; }
            for (int r = 0; r < reps; r++) { Res x = run(remote, q, b); if (v == null || x.err != null || x.ms < v.ms) v = x; if (x.err != null) break; }
            System.out.printf("%-36s tdb=%6dms rows=%-6s | remote=%6dms rows=%-6s | %s%n", label, t.ms, n(t), v.ms, n(v), verdict(q, t, v));
            System.out.flush();
        }
        System.exit(0);
    }

    static String n(Res r) { return r.err != null ? "ERR" : r.strict != null ? "" + r.strict.size() : r.ask != null ? "" + r.ask : r.graph != null ? r.graph.size() + "t" : "?"; }

    static String verdict(Query q, Res t, Res v) {
        if (t.err != null) return "TDB-ERR " + t.err;
        if (v.err != null) return "ERR " + v.err;
        if (t.ask != null) return t.ask.equals(v.ask) ? "SAME" : "DIFF ask";
        if (t.graph != null) return t.graph.isIsomorphicWith(v.graph) ? "SAME" : "DIFF graph" + diffGraph(t.graph, v.graph);
        if (!new HashSet<>(t.vars).equals(new HashSet<>(v.vars))) return "DIFF vars " + t.vars + " vs " + v.vars;
        boolean strictSame = multiset(t.strict).equals(multiset(v.strict));
        boolean looseSame = multiset(t.loose).equals(multiset(v.loose));
        if (!looseSame) return "DIFF " + firstDiff(t.loose, v.loose);
        if (q.hasOrderBy() && !t.loose.equals(v.loose)) return "ORDER " + firstOrderDiff(t.loose, v.loose);
        if (strictSame) return "SAME";
        return "SAME-VALUES " + firstDiff(t.strict, v.strict);
    }

    static String firstOrderDiff(List<Map<String, String>> a, List<Map<String, String>> b) {
        for (int i = 0; i < a.size(); i++) if (!a.get(i).equals(b.get(i))) return "row " + i + ": tdb " + cut(a.get(i).toString()) + " remote " + cut(b.get(i).toString());
        return "";
    }

    static Map<Map<String, String>, Integer> multiset(List<Map<String, String>> l) {
        Map<Map<String, String>, Integer> m = new HashMap<>();
        for (var r : l) m.merge(r, 1, Integer::sum);
        return m;
    }

    static String firstDiff(List<Map<String, String>> a, List<Map<String, String>> b) {
        var ma = multiset(a);
        var mb = multiset(b);
        List<String> onlyT = new ArrayList<>(), onlyV = new ArrayList<>();
        for (var e : ma.entrySet()) { int d = e.getValue() - mb.getOrDefault(e.getKey(), 0); if (d > 0) onlyT.add(d + "x " + e.getKey()); }
        for (var e : mb.entrySet()) { int d = e.getValue() - ma.getOrDefault(e.getKey(), 0); if (d > 0) onlyV.add(d + "x " + e.getKey()); }
        if (Boolean.getBoolean("all")) return "onlyTDB=" + onlyT.size() + " onlyRemote=" + onlyV.size() + "\n  T: " + String.join("\n  T: ", onlyT) + "\n  R: " + String.join("\n  R: ", onlyV);
        return "onlyTDB=" + onlyT.size() + " onlyRemote=" + onlyV.size() + " e.g. T:" + (onlyT.isEmpty() ? "-" : cut(onlyT.get(0))) + " R:" + (onlyV.isEmpty() ? "-" : cut(onlyV.get(0)));
    }

    static String diffGraph(Graph a, Graph b) {
        var x = a.find().filterDrop(b::contains).toList();
        var y = b.find().filterDrop(a::contains).toList();
        return " tdb=" + a.size() + " remote=" + b.size() + " onlyTDB=" + x.size() + " onlyRemote=" + y.size()
                + (x.isEmpty() ? "" : " e.g. T:" + cut(x.get(0).toString())) + (y.isEmpty() ? "" : " R:" + cut(y.get(0).toString()));
    }

    static String cut(String s) { return s.length() > Integer.getInteger("cut", 400) ? s.substring(0, Integer.getInteger("cut", 400)) + "…" : s; }
}
