package org.normgraph.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.normgraph.problems.InputException;

/**
 * Reads an input file (source text, claims, Turtle) as strict UTF-8: a byte sequence that is not
 * UTF-8 is refused with the file, its line and its byte offset, never replaced by U+FFFD.
 *
 * <pre>{@code String text = Utf8Files.read(Path.of("seeds/x.txt"));  // or InputException "x.txt:12: not valid UTF-8 ..."}</pre>
 */
public final class Utf8Files {
    private Utf8Files() {}

    public static String read(Path file) {
        if (Files.isDirectory(file)) throw new InputException(file, 0, "is a folder, not a file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, "cannot read the file: it does not exist");
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the file: " + e.getMessage());
        }
        return decode(file, bytes);
    }

    /** The text of UTF-8 bytes read from a file; the file is only named in the error. */
    public static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) {
            int offset = in.position();
            throw new InputException(file, lineAt(bytes, offset), String.format(
                    "not valid UTF-8 text: byte 0x%02x at byte offset %d does not belong to a UTF-8 character; save the file as UTF-8",
                    bytes[offset] & 0xff, offset));
        }
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
        return line;
    }
}
