package org.normgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.normgraph.problems.InputException;

/**
 * Reads Turtle files, turning a syntax error into a problem that names the file, line and column.
 *
 * <pre>{@code Model onto = RdfFiles.readAll(Path.of("ontology"), "normgraph.ttl");}</pre>
 */
public final class RdfFiles {
    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile("\\[line: (\\d+), col: (\\d+)\\s*\\]");

    private RdfFiles() {}

    public static Model read(Path file) {
        if (!Files.isReadable(file)) throw new InputException(file, 0, "cannot read the file (missing or not readable)");
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(m);
        } catch (RiotParseException e) {
            throw new InputException(file, (int) e.getLine(), "Turtle syntax error at column " + e.getCol() + ": " + e.getOriginalMessage());
        } catch (RiotException e) {
            java.util.regex.Matcher at = POSITION.matcher(String.valueOf(e.getMessage()));
            if (at.find()) {
                throw new InputException(file, Integer.parseInt(at.group(1)), "Turtle syntax error at column " + at.group(2) + ": "
                        + e.getMessage().substring(at.end()).strip());
            }
            throw new InputException(file, 0, "RDF error: " + e.getMessage());
        }
        return m;
    }

    /** Every file of a folder whose name ends with the suffix, sorted by name. */
    public static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) throw new InputException(dir, 0, "folder not found");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir, 0, "cannot read the folder: " + e.getMessage());
        }
    }
}
