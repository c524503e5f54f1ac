package org.normgraph.claims;

import java.io.StringReader;
import java.nio.file.Path;
import org.normgraph.problems.InputException;
import org.normgraph.source.Utf8Files;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses a YAML file into its node tree (which keeps lines) as strict UTF-8, with duplicate keys
 * refused and aliases to collections bounded (a "billion laughs" file stops early); every error
 * names the file and line.
 *
 * <pre>{@code Node root = YamlFiles.parse(Path.of("seeds/x.claims.yaml"));}</pre>
 */
final class YamlFiles {
    /** More aliases of lists or mappings than this is refused; curated claims need none. */
    static final int MAX_COLLECTION_ALIASES = 50;

    private YamlFiles() {}

    static Node parse(Path path) {
        String text = Utf8Files.read(path);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        Tracking parser = new Tracking(new ParserImpl(new StreamReader(new StringReader(text)), options));
        try {
            Node root = new Composer(parser, new Resolver(), options).getSingleNode();
            if (root == null) throw new InputException(path, 1, "the claims file is empty");
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : parser.line();
            throw YNode.syntaxError(path, line, e.getProblem());
        } catch (YAMLException e) {
            throw YNode.syntaxError(path, parser.line(), e.getMessage());
        }
    }

    /** A parser that remembers where the last event it gave out starts, for errors that carry no mark. */
    private static final class Tracking implements Parser {
        private final Parser parser;
        private Event last;

        Tracking(Parser parser) { this.parser = parser; }

        int line() { return last == null || last.getStartMark() == null ? 0 : last.getStartMark().getLine() + 1; }

        @Override public boolean checkEvent(Event.ID choice) { return parser.checkEvent(choice); }

        @Override public Event peekEvent() { return parser.peekEvent(); }

        @Override public Event getEvent() {
            last = parser.getEvent();
            return last;
        }
    }
}
