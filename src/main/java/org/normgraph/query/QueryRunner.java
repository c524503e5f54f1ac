package org.normgraph.query;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.normgraph.problems.InputException;

/**
 * Runs one SPARQL query against a store and writes the answer: SELECT and ASK as a text table or
 * in the SPARQL 1.1 result formats (csv, tsv, json, xml); CONSTRUCT and DESCRIBE as Turtle,
 * JSON-LD or N-Triples.
 *
 * <pre>{@code QueryRunner.run(dsg, "SELECT * { ?s ?p ?o } LIMIT 3", "table", "query", System.out);}</pre>
 */
public final class QueryRunner {
    public static final java.util.List<String> RESULT_FORMATS = java.util.List.of("table", "csv", "tsv", "json", "xml");
    public static final java.util.List<String> GRAPH_FORMATS = java.util.List.of("ttl", "jsonld", "nt");

    private QueryRunner() {}

    /** Parses a query, reporting a syntax error with the line and column in {@code origin}. */
    public static Query parse(String text, String origin) {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            int line = e.getLine(), col = e.getColumn();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)").matcher(String.valueOf(e.getMessage()));
            if (line <= 0 && m.find()) {
                line = Integer.parseInt(m.group(1));
                col = Integer.parseInt(m.group(2));
            }
            throw new InputException(null, 0, origin + ":" + line + ":" + col + ": SPARQL syntax error: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    public static void run(DatasetGraph dsg, String text, String format, String origin, OutputStream out) {
        Query q = parse(text, origin);
        String fmt = format == null ? (q.isSelectType() || q.isAskType() ? "table" : "ttl") : format.toLowerCase(Locale.ROOT);
        boolean tabular = q.isSelectType() || q.isAskType();
        if (tabular && !RESULT_FORMATS.contains(fmt)) {
            throw new InputException("--format " + fmt + " does not suit a " + kind(q) + " query; use one of " + RESULT_FORMATS);
        }
        if (!tabular && !GRAPH_FORMATS.contains(fmt) && !fmt.equals("table")) {
            throw new InputException("--format " + fmt + " does not suit a " + kind(q) + " query; use one of " + GRAPH_FORMATS);
        }
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(dsg))) {
                if (q.isSelectType()) select(qe, fmt, out);
                else if (q.isAskType()) ask(qe.execAsk(), fmt, out);
                else graph(q.isConstructType() ? qe.execConstruct() : qe.execDescribe(), fmt, out);
            }
        });
    }

    private static void select(QueryExecution qe, String fmt, OutputStream out) {
        var rs = qe.execSelect();
        switch (fmt) {
            case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
            case "tsv" -> ResultSetFormatter.outputAsTSV(out, rs);
            case "json" -> ResultSetFormatter.outputAsJSON(out, rs);
            case "xml" -> ResultSetFormatter.outputAsXML(out, rs);
            default -> ResultSetFormatter.out(out, rs);
        }
    }

    private static void ask(boolean answer, String fmt, OutputStream out) {
        switch (fmt) {
            case "csv" -> ResultSetFormatter.outputAsCSV(out, answer);
            case "tsv" -> ResultSetFormatter.outputAsTSV(out, answer);
            case "json" -> ResultSetFormatter.outputAsJSON(out, answer);
            case "xml" -> ResultSetFormatter.outputAsXML(out, answer);
            default -> ResultSetFormatter.out(out, answer);
        }
    }

    private static void graph(Model m, String fmt, OutputStream out) {
        Lang lang = switch (fmt) {
            case "jsonld" -> Lang.JSONLD;
            case "nt" -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
        };
        RDFDataMgr.write(out, m, lang);
    }

    private static String kind(Query q) {
        return q.isSelectType() ? "SELECT" : q.isAskType() ? "ASK" : q.isConstructType() ? "CONSTRUCT" : "DESCRIBE";
    }

}
