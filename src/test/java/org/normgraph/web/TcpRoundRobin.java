package org.normgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A small load balancer for tests: each TCP connection to its port goes to the next of the
 * backends in turn, bytes copied both ways (as nginx's stream module or HAProxy in TCP mode would),
 * so the backends see the client's own Host header. Counts the connections each backend took.
 *
 * <pre>{@code try (TcpRoundRobin lb = new TcpRoundRobin(List.of(portA, portB))) { get("http://127.0.0.1:" + lb.port() + "/"); }}</pre>
 */
final class TcpRoundRobin implements AutoCloseable {
    private final ServerSocket server;
    private final List<Integer> backends;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicIntegerArray taken;

    TcpRoundRobin(List<Integer> backends) throws IOException {
        this.backends = List.copyOf(backends);
        this.taken = new AtomicIntegerArray(backends.size());
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("round-robin").start(this::accept);
    }

    int port() { return server.getLocalPort(); }

    /** How many connections backend {@code i} took. */
    int taken(int i) { return taken.get(i); }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                int i = Math.floorMod(next.getAndIncrement(), backends.size());
                taken.incrementAndGet(i);
                Socket backend = new Socket(InetAddress.getLoopbackAddress(), backends.get(i));
                pipe(client, backend);
                pipe(backend, client);
            } catch (IOException e) {
                if (!server.isClosed()) throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread.ofPlatform().daemon().start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the other side closed
            } finally {
                try {
                    to.shutdownOutput();
                } catch (IOException e) {
                    // already closed
                }
            }
        });
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
