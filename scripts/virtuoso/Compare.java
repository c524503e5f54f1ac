import java.nio.file.*;
import java.util.*;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.*;
import org.apache.jena.query.*;
import org.apache.jena.rdf.model.*;
import org.apache.jena.riot.*;
import org.apache.jena.sparql.core.*;
import org.apache.jena.sparql.engine.binding.*;
import org.apache.jena.sparql.exec.*;
import org.apache.jena.sparql.exec.http.*;
import org.apache.jena.sparql.syntax.*;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.tdb2.*;
import org.apache.jena.system.Txn;
import org.apache.jena.datatypes.xsd.XSDDatatype;

/** Compare.java SPEC TDBDIR ENDPOINT [filter] : runs each spec line's query on TDB2 (union default graph) and on the endpoint (FROM/FROM NAMED per graph). */
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
                Object v = n.getLiteralValue();
                if (v instanceof Boolean bb) return "NUM:" + (bb ? 1 : 0);
                if (v instanceof Number num) return "NUM:" + new java.math.BigDecimal(num.toString()).stripTrailingZeros().toPlainString();
                if (dt.equals(XSDDatatype.XSDboolean.getURI())) return "BOOL:" + n.getLiteralValue();
                if (dt.equals(XSDDatatype.XSDstring.getURI())) return "\"" + n.getLiteralLexicalForm() + "\"";
            }
            return "\"" + n.getLiteralLexicalForm() + "\"^^<" + dt + ">";
        }
        return n.toString();
    }
    record Res(List<String> vars, List<Map<String,String>> strict, List<Map<String,String>> loose, Boolean ask, Graph graph, long ms, String err) {}

    static Res collect(QueryExec qe, Query q, long t0) {
        if (q.isAskType()) { boolean b = qe.ask(); return new Res(null, null, null, b, null, (System.nanoTime()-t0)/1000000, null); }
        if (q.isConstructType() || q.isDescribeType()) { Graph g = q.isConstructType() ? qe.construct() : qe.describe(); return new Res(null,null,null,null,g,(System.nanoTime()-t0)/1000000,null); }
        RowSet rs = qe.select();
        List<Var> vars = rs.getResultVars();
        List<Map<String,String>> s = new ArrayList<>(), l = new ArrayList<>();
        while (rs.hasNext()) { Binding b = rs.next(); Map<String,String> ms = new LinkedHashMap<>(), ml = new LinkedHashMap<>();
            for (Var v : vars) { ms.put(v.getVarName(), canon(b.get(v), false)); ml.put(v.getVarName(), canon(b.get(v), true)); }
            s.add(ms); l.add(ml); }
        return new Res(vars.stream().map(Var::getVarName).toList(), s, l, null, null, (System.nanoTime()-t0)/1000000, null);
    }

    public static void main(String[] a) throws Exception {
        List<String> spec = Files.readAllLines(Path.of(a[0]));
        DatasetGraph dsg = TDB2Factory.connectDataset(a[1]).asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        String endpoint = a[2];
        String filter = a.length > 3 ? a[3] : null;
        int reps = Integer.parseInt(System.getProperty("reps", "2"));
        List<String> graphs = new ArrayList<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI())));
        Collections.sort(graphs);
        System.err.println(graphs.size() + " graphs");
        StringBuilder table = new StringBuilder();
        for (String line : spec) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.trim().split("\\s+");
            String label = parts[0], file = parts[1];
            if (filter != null && !label.matches(filter)) continue;
            Query q = QueryFactory.create(Files.readString(Path.of(file)), Syntax.syntaxARQ);
            Map<Var, Node> sub = new HashMap<>();
            List<Var> vv = null; List<Binding> vrows = new ArrayList<>();
            for (int i = 2; i < parts.length; i++) {
                String p = parts[i];
                if (p.startsWith("@limit=")) { q.setLimit(Long.parseLong(p.substring(7))); continue; }
                if (p.startsWith("@offset=")) { q.setOffset(Long.parseLong(p.substring(8))); continue; }
                if (p.startsWith("@values=")) { // @values=var:iri,iri
                    String[] kv = p.substring(8).split(":", 2); vv = List.of(Var.alloc(kv[0]));
                    for (String iri : kv[1].split(",")) vrows.add(BindingFactory.binding(vv.get(0), NodeFactory.createURI(iri)));
                    continue; }
                String[] kv = p.split("=", 2);
                Node n = kv[1].startsWith("\"") ? org.apache.jena.sparql.util.NodeFactoryExtra.parseNode(kv[1]) : NodeFactory.createURI(kv[1]);
                sub.put(Var.alloc(kv[0]), n);
            }
            if (vv != null) ((ElementGroup) q.getQueryPattern()).getElements().addFirst(new ElementData(vv, vrows));
            Query bound = sub.isEmpty() ? q : QueryTransformOps.replaceVars(q, sub);
            // TDB
            Res t = null, v = null;
            for (int r = 0; r < reps; r++) {
                long t0 = System.nanoTime();
                try { Res x = Txn.calculateRead(dsg, () -> { try (QueryExec qe = QueryExec.dataset(dsg).query(bound).timeout(120, TimeUnit.SECONDS).build()) { return collect(qe, bound, t0); } });
                    if (t == null || x.ms < t.ms) t = x; }
                catch (Exception e) { t = new Res(null,null,null,null,null,(System.nanoTime()-t0)/1000000, e.toString()); break; }
            }
            Query remote = bound.cloneQuery();
            for (String g : graphs) { remote.addGraphURI(g); remote.addNamedGraphURI(g); }
            String remoteText = remote.toString();
            if (System.getProperty("dump") != null) Files.writeString(Path.of(System.getProperty("dump"), label + ".rq"), remoteText);
            for (int r = 0; r < reps; r++) {
                long t0 = System.nanoTime();
                try (QueryExec qe = QueryExecHTTP.service(endpoint).parseCheck(false).query(remoteText).sendMode(QuerySendMode.asPostForm).timeout(120, TimeUnit.SECONDS).build()) {
                    Res x = collect(qe, bound, t0); if (v == null || x.ms < v.ms) v = x; }
                catch (Exception e) { v = new Res(null,null,null,null,null,(System.nanoTime()-t0)/1000000, e.toString().replaceAll("\\s+"," ")); break; }
            }
            String verdict = verdict(q, t, v);
            String row = String.format("%-34s tdb=%6dms rows=%-6s | virt=%6dms rows=%-6s | %s", label, t.ms, n(t), v.ms, n(v), verdict);
            System.out.println(row); System.out.flush();
        }
    }
    static String n(Res r) { return r.err != null ? "ERR" : r.strict != null ? "" + r.strict.size() : r.ask != null ? "" + r.ask : r.graph != null ? r.graph.size() + "t" : "?"; }
    static String verdict(Query q, Res t, Res v) {
        if (t.err != null) return "TDB ERROR " + t.err;
        if (v.err != null) return "VIRT ERROR " + v.err.substring(0, Math.min(400, v.err.length()));
        if (t.ask != null) return t.ask.equals(v.ask) ? "SAME" : "DIFF ask";
        if (t.graph != null) return t.graph.isIsomorphicWith(v.graph) ? "SAME" : "DIFF graph tdb=" + t.graph.size() + " virt=" + v.graph.size() + diffGraph(t.graph, v.graph);
        if (!new HashSet<>(t.vars).equals(new HashSet<>(v.vars))) return "DIFF vars " + t.vars + " vs " + v.vars;
        boolean strictSame = multiset(t.strict).equals(multiset(v.strict));
        boolean looseSame = multiset(t.loose).equals(multiset(v.loose));
        String ord = "";
        if (q.hasOrderBy() && looseSame) ord = t.loose.equals(v.loose) ? " order-same" : " ORDER-DIFF(" + firstOrderDiff(t.loose, v.loose) + ")";
        if (strictSame) return "SAME" + ord;
        if (looseSame) return "SAME-VALUES (datatype/lexical differs: " + firstDiff(t.strict, v.strict) + ")" + ord;
        return "DIFF " + firstDiff(t.loose, v.loose);
    }
    static String firstOrderDiff(List<Map<String,String>> a, List<Map<String,String>> b) {
        for (int i = 0; i < a.size(); i++) if (!a.get(i).equals(b.get(i))) return "row " + i + ": tdb " + a.get(i) + " virt " + b.get(i);
        return "";
    }
    static Map<Map<String,String>, Integer> multiset(List<Map<String,String>> l) { Map<Map<String,String>, Integer> m = new HashMap<>(); for (var r : l) m.merge(r, 1, Integer::sum); return m; }
    static String firstDiff(List<Map<String,String>> a, List<Map<String,String>> b) {
        var ma = multiset(a); var mb = multiset(b);
        List<String> onlyT = new ArrayList<>(), onlyV = new ArrayList<>();
        for (var e : ma.entrySet()) { int d = e.getValue() - mb.getOrDefault(e.getKey(), 0); if (d > 0) onlyT.add(d + "x " + e.getKey()); }
        for (var e : mb.entrySet()) { int d = e.getValue() - ma.getOrDefault(e.getKey(), 0); if (d > 0) onlyV.add(d + "x " + e.getKey()); }
        return "onlyTDB=" + onlyT.size() + " onlyVirt=" + onlyV.size() + " e.g. T:" + (onlyT.isEmpty() ? "-" : cut(onlyT.get(0))) + " V:" + (onlyV.isEmpty() ? "-" : cut(onlyV.get(0)));
    }
    static String diffGraph(Graph a, Graph b) {
        var x = a.find().filterDrop(b::contains).toList(); var y = b.find().filterDrop(a::contains).toList();
        return " onlyTDB=" + x.size() + " onlyVirt=" + y.size() + (x.isEmpty() ? "" : " e.g. " + cut(x.get(0).toString())) + (y.isEmpty() ? "" : " V:" + cut(y.get(0).toString()));
    }
    static String cut(String s) { return s.length() > 3000 ? s.substring(0, 3000) + "…" : s; }
}
