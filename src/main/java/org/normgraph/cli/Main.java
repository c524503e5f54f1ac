package org.normgraph.cli;

import org.normgraph.problems.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code normgraph} command line: load, validate, query, export and serve the graph.
 *
 * <pre>{@code normgraph load && normgraph query 'SELECT * WHERE { ?s a ng:State } LIMIT 5'}</pre>
 */
@Command(name = "normgraph", mixinStandardHelpOptions = true, version = "normgraph 0.1.0",
        description = "A knowledge graph of the actors, positions and norms of international cyberspace governance.",
        subcommands = {LoadCommand.class, ValidateCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 done, 1 bad input, 2 bad usage, 3 internal error. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof InputException) {
                cmd.getErr().println("normgraph: error:");
                e.getMessage().lines().forEach(l -> cmd.getErr().println("  " + l));
                return 1;
            }
            cmd.getErr().println("normgraph: internal error: " + e);
            return 3;
        });
        return cli.execute(args);
    }
}
