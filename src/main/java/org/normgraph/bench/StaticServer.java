package org.normgraph.bench;

import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The benchmark's baseline: a plain Jetty serving the files of a folder, to compare a normgraph page
 * with the same bytes served as a static file.
 *
 * <pre>{@code java -cp target/normgraph.jar org.normgraph.bench.StaticServer DIR PORT}</pre>
 */
public final class StaticServer {
    private StaticServer() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: StaticServer DIR PORT");
            System.exit(2);
        }
        Server server = new Server(Integer.parseInt(args[1]));
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.of(server).newResource(Path.of(args[0]).toAbsolutePath()));
        files.setDirAllowed(false);
        server.setHandler(files);
        server.start();
        System.out.println("serving " + args[0] + " on port " + args[1]);
        server.join();
    }
}
