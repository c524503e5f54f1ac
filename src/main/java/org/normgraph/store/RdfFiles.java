package org.normgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.normgraph.problems.InputException;
import org.normgraph.problems.Problem;
import org.normgraph.problems.Problems;
import org.normgraph.source.Utf8Files;

/**
 * Reads Turtle files as strict UTF-8, turning a syntax error or a bad byte into a problem that names
 * the file and line (and column or byte offset).
 *
 * <pre>{@code Model onto = RdfFiles.readAll(Path.of("ontology"), "normgraph.ttl");}</pre>
 */
public final class RdfFiles {
    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile("\\[line: (\\d+), col: (\\d+)\\s*\\]");

    private RdfFiles() {}

    public static Model read(Path file) {
        if (!Files.isReadable(file)) throw new InputException(file, 0, "cannot read the file (missing or not readable)");
        String text = Utf8Files.read(file);
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFParser.fromString(text, RDFLanguages.filenameToLang(file.toString(), Lang.TURTLE)).base(file.toUri().toString())
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(m);
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

    /** Every file of a folder whose name ends with the suffix, sorted by name; a folder so named is refused. */
    public static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) throw new InputException(dir, 0, "folder not found");
        List<Path> out;
        try (Stream<Path> s = Files.list(dir)) {
            out = s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir, 0, "cannot read the folder: " + e.getMessage());
        }
        Problems folders = new Problems();
        for (Path p : out) {
            if (Files.isDirectory(p)) folders.add(Problem.at(p, 0, "is a folder, but a name ending in " + suffix + " must be a file; rename or remove it"));
        }
        folders.throwIfAny();
        return out;
    }
}
