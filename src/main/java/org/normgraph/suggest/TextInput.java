package org.normgraph.suggest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.normgraph.problems.InputException;
import org.normgraph.source.Utf8Files;

/**
 * Reads the text a draft is made for, refusing what is not a source text: a missing file or a folder,
 * a claims or draft file, a file over {@value #MAX_BYTES} bytes, binary content (NUL bytes), bytes that
 * are not UTF-8, or a text with nothing but whitespace. Each refusal says what to do.
 *
 * <pre>{@code String text = TextInput.read(Path.of("seeds/x.txt"));}</pre>
 */
public final class TextInput {
    /** The largest text suggest reads: 4 MiB, some forty times the longest seed. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private TextInput() {}

    public static String read(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            throw new InputException(file, 0, "is a claims or draft file; give the source text (.txt) to make a draft for");
        }
        if (Files.isDirectory(file)) throw new InputException(file, 0, "is a folder; give a source text file");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the file: it does not exist or is not readable");
        }
        if (size > MAX_BYTES) {
            throw new InputException(file, 0, "is " + size + " bytes; suggest reads texts up to " + MAX_BYTES
                    + " bytes (4 MiB): split the source into parts");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the file: " + e.getMessage());
        }
        for (byte b : bytes) {
            if (b == 0) throw new InputException(file, 0, "looks binary (it holds NUL bytes), not a text; extract its text as UTF-8 first");
        }
        String text = Utf8Files.decode(file, bytes);
        if (text.isBlank()) throw new InputException(file, 0, "is empty: there is no text to suggest claims for");
        return text;
    }

    /** The draft's default path: NAME.claims.draft.yaml beside NAME.txt. */
    public static Path draftPath(Path text) {
        String name = text.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return text.resolveSibling(name + ".claims.draft.yaml");
    }
}
