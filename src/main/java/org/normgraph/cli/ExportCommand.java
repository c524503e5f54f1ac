package org.normgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.normgraph.problems.InputException;
import org.normgraph.store.Dumps;
import org.normgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code normgraph export}: dump the whole store in an RDF format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Dump the store. nq, trig and jsonld keep the named graphs; ttl, nt and rdfxml write their union.",
                "With --out the file is written whole or not at all."})
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FMT", description = "ttl|nt|nq|trig|jsonld|rdfxml")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!Dumps.FORMATS.containsKey(fmt)) throw new InputException("--format " + format + " is not one of " + Dumps.FORMATS.keySet());
        DatasetGraph dsg = org.normgraph.store.remote.Stores.openExisting(store.spec());
        if (out == null) {
            Dumps.write(dsg, fmt, System.out);
            System.out.flush();
            return 0;
        }
        Path abs = out.toAbsolutePath();
        if (abs.getParent() == null || !Files.isDirectory(abs.getParent())) throw new InputException(out, 0, "its folder does not exist");
        Path tmp = Files.createTempFile(abs.getParent(), ".normgraph-export", ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            Dumps.write(dsg, fmt, os);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("wrote " + out);
        return 0;
    }
}
