package org.normgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the benchmark (a normgraph command, Jena's loader, a server), with its output in
 * a log file, its wall time and its peak resident memory (VmHWM from /proc, Linux only).
 */
final class Proc implements AutoCloseable {
    private final Process process;
    private final long startNanos;
    final Path log;
    final List<String> command;
    private long peakRssKb;

    private Proc(Process process, long startNanos, Path log, List<String> command) {
        this.process = process;
        this.startNanos = startNanos;
        this.log = log;
        this.command = command;
    }

    static Proc start(List<String> command, Path log) {
        return start(command, log, java.util.Map.of());
    }

    /** Starts a command with these variables added to its environment. */
    static Proc start(List<String> command, Path log, java.util.Map<String, String> env) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(env);
            long t0 = System.nanoTime();
            return new Proc(pb.start(), t0, log, command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result of a command run to its end. */
    record Run(int exit, double seconds, long peakRssKb, Path log) {}

    /** Runs a command to its end (at most {@code limitSeconds}) and says how long it took. */
    static Run run(List<String> command, Path log, long limitSeconds) {
        return run(command, log, limitSeconds, java.util.Map.of());
    }

    static Run run(List<String> command, Path log, long limitSeconds, java.util.Map<String, String> env) {
        try (Proc p = start(command, log, env)) {
            return p.waitFor(limitSeconds);
        }
    }

    Run waitFor(long limitSeconds) {
        try {
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                sampleRss();
                if (seconds() > limitSeconds) {
                    process.destroyForcibly();
                    return new Run(-1, seconds(), peakRssKb, log);
                }
            }
            return new Run(process.exitValue(), seconds(), peakRssKb, log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** The peak resident set size seen so far, in kB (VmHWM of /proc/PID/status). */
    long sampleRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    peakRssKb = Math.max(peakRssKb, Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone: keep the last value seen
        }
        return peakRssKb;
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            sampleRss();
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
