package org.normgraph.cli;

import java.nio.file.Path;
import org.normgraph.problems.InputException;
import org.normgraph.store.DiskSpace;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code normgraph} command line: load, validate, query, export, serve and compact the graph; suggest draft claims for a new text.
 *
 * <pre>{@code normgraph load && normgraph query 'SELECT * WHERE { ?s a ng:State } LIMIT 5'}</pre>
 */
@Command(name = "normgraph", mixinStandardHelpOptions = true, version = "normgraph 0.1.0",
        description = "A knowledge graph of the actors, positions and norms of international cyberspace governance.",
        subcommands = {LoadCommand.class, ValidateCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class,
                CompactCommand.class, ReportCommand.class, SuggestCommand.class, CommandLine.HelpCommand.class})
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
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> failed(cmd, e));
        try {
            return cli.execute(args);
        } catch (InternalError e) {   // picocli lets errors through; a full disk under a mapped store file is one
            return failed(commandRun(cli), e);
        }
    }

    private static int failed(CommandLine cmd, Throwable e) {
        if (e instanceof InputException || e instanceof org.normgraph.store.remote.StoreUnavailableException) {
            cmd.getErr().println("normgraph: error:");
            e.getMessage().lines().forEach(l -> cmd.getErr().println("  " + l));
            return 1;
        }
        Path db = storeDir(cmd);
        if (DiskSpace.ranOut(e, db)) {
            cmd.getErr().println("normgraph: error: no space left on " + (db == null ? "the disk" : db)
                    + "; the store keeps what it held before: free some space and try again");
            return 3;
        }
        cmd.getErr().println("normgraph: internal error: " + e);
        return 3;
    }

    /** The innermost command that was run. */
    private static CommandLine commandRun(CommandLine cli) {
        CommandLine.ParseResult r = cli.getParseResult();
        if (r == null) return cli;
        while (r.hasSubcommand()) r = r.subcommand();
        return r.commandSpec().commandLine();
    }

    /** The {@code --db} folder of the command, if it has one. */
    private static Path storeDir(CommandLine cmd) {
        CommandLine.Model.OptionSpec db = cmd.getCommandSpec().findOption("--db");
        return db != null && db.getValue() instanceof Path p ? p : null;
    }
}
