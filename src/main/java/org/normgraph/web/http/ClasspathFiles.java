package org.normgraph.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.MimeTypes;
import org.normgraph.web.cache.Caching;

/**
 * Static files from the classpath under a URL prefix, looked up one resource at a time: nothing is
 * mounted or listed at start (a resource handler over the application jar reads the whole jar's
 * directory first, most of a second of every start). A file is read once and kept; it carries an
 * ETag of its bytes, {@code Cache-Control: no-cache}, and a 304 for a client that has it. Paths
 * with {@code ..}, backslashes or no file name, and folders, answer 404.
 *
 * <pre>{@code new ClasspathFiles("/webjars", "/META-INF/resources/webjars").register(routes);
 * // GET /webjars/yasgui/4.x/build/yasgui.min.js  →  META-INF/resources/webjars/yasgui/4.x/build/yasgui.min.js}</pre>
 */
public final class ClasspathFiles {
    private record File(byte[] bytes, String contentType, String etag) {}

    private final String hostedPath;
    private final String directory;
    private final ConcurrentHashMap<String, File> read = new ConcurrentHashMap<>();

    public ClasspathFiles(String hostedPath, String directory) {
        if (!hostedPath.startsWith("/") || hostedPath.endsWith("/")) throw new IllegalArgumentException("hostedPath: /name, not " + hostedPath);
        if (!directory.startsWith("/") || directory.endsWith("/")) throw new IllegalArgumentException("directory: /name, not " + directory);
        this.hostedPath = hostedPath;
        this.directory = directory;
    }

    public void register(RoutesConfig routes) {
        routes.get(hostedPath + "/<path>", this::serve);
    }

    private void serve(Context ctx) {
        String path = ctx.pathParam("path");
        File f = allowed(path) ? read.computeIfAbsent(path, this::read) : null;
        if (f == null || f.bytes().length == 0) {
            read.remove(path);
            ctx.status(404);
            return;
        }
        ctx.header("ETag", f.etag());
        ctx.header("Cache-Control", "no-cache");
        if (Caching.matches(ctx.header("If-None-Match"), f.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(f.contentType());
        ctx.result(f.bytes());
    }

    static boolean allowed(String path) {
        return !path.isEmpty() && !path.startsWith("/") && !path.endsWith("/") && !path.contains("\\")
                && Arrays.stream(path.split("/")).noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
    }

    /** The file, or null for none or a folder. */
    private File read(String path) {
        URL url = ClasspathFiles.class.getResource(directory + "/" + path);
        if (url == null || url.getPath().endsWith("/") || isFolder(url)) return null;
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            String type = MimeTypes.DEFAULTS.getMimeByExtension(path);
            if (type == null) type = "application/octet-stream";
            if (type.startsWith("text/") || type.contains("javascript") || type.contains("json") || type.contains("svg")) {
                type += ";charset=utf-8";
            }
            return new File(bytes, type, "\"" + Integer.toHexString(Arrays.hashCode(bytes)) + "-" + bytes.length + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFolder(URL url) {
        if (!"file".equals(url.getProtocol())) return false;
        try {
            return Files.isDirectory(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            return true;
        }
    }
}
