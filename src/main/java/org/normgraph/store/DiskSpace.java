package org.normgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a write that failed because the store's disk is full from other failures. A full disk
 * shows as an {@code IOException} "No space left on device", or, where TDB2 writes through
 * memory-mapped files, as an {@code InternalError} ("a fault occurred in an unsafe memory access
 * operation"), which is only put down to the disk when little space is left on it.
 *
 * <pre>{@code if (DiskSpace.ranOut(e, Path.of("data/tdb"))) err.println("no space left on data/tdb");}</pre>
 */
public final class DiskSpace {
    /** Below this much free space, a fault writing a mapped store file is put down to a full disk. */
    static final long LOW = 64L * 1024 * 1024;

    private DiskSpace() {}

    public static boolean ranOut(Throwable failure, Path storeDir) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("No space left on device")) return true;
            if (t instanceof InternalError && storeDir != null && usable(storeDir) < LOW) return true;
        }
        return false;
    }

    /** Usable bytes on the file system of a folder (or of its nearest existing parent). */
    static long usable(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) p = p.getParent();
        try {
            return p == null ? Long.MAX_VALUE : Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
