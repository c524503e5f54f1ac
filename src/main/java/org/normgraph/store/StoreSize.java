package org.normgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How much disk a store folder takes. TDB2 files are sparse (an index file says 8 MB and holds
 * far less), so this asks {@code du} for the blocks really used, and falls back to the sum of the
 * file sizes where {@code du} cannot run.
 *
 * <pre>{@code StoreSize.format(StoreSize.bytes(Path.of("data/tdb")))  // "4.1 MB"}</pre>
 */
public final class StoreSize {
    private StoreSize() {}

    public static long bytes(Path dir) {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (du.waitFor(30, TimeUnit.SECONDS) && du.exitValue() == 0 && out.matches("\\d+\\s.*")) {
                return Long.parseLong(out.split("\\s")[0]) * 1024;
            }
        } catch (IOException e) {
            // no du here: fall back to the file sizes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return apparentBytes(dir);
    }

    static long apparentBytes(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    public static String format(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.0f kB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
