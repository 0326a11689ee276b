package org.tlang.repository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The registry's HTTP protocol: {@code GET /index.xml} and {@code GET /NAME/NAME-VERSION.jar} read
 * the folder; {@code PUT /NAME/NAME-VERSION.jar} publishes a signed package jar: 201, or 409 when
 * that version exists, 400 when the jar is not a signed package of that name and version, 413
 * when it is larger than 64 MiB.
 */
final class RepositoryHandler extends Handler.Abstract {
    static final int MAX_JAR = 64 << 20;
    private final RepositoryFolder folder;

    RepositoryHandler(RepositoryFolder folder) {
        this.folder = folder;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        Path file = folder.dir().resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        boolean inside = file.startsWith(folder.dir()) && !file.getFileName().toString().startsWith(".");
        switch (request.getMethod()) {
            case "GET", "HEAD" -> {
                if (!inside || !Files.isRegularFile(file)) {
                    answer(response, callback, 404, "no " + path + " in this repository\n");
                    return true;
                }
                byte[] bytes = Files.readAllBytes(file);
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, path.endsWith(".xml") ? "application/xml" : "application/java-archive");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
                response.write(true, request.getMethod().equals("HEAD") ? ByteBuffer.allocate(0) : ByteBuffer.wrap(bytes), callback);
            }
            case "PUT" -> put(request, response, callback, path, file, inside);
            default -> answer(response, callback, 405, request.getMethod() + " is not served here: GET, HEAD and PUT are\n");
        }
        return true;
    }

    private void put(Request request, Response response, Callback callback, String path, Path file, boolean inside) throws IOException {
        if (request.getLength() > MAX_JAR) {
            answer(response, callback, 413, "a package jar is at most " + MAX_JAR + " bytes\n");
            return;
        }
        // named as the client named it, so that what the checks say names that jar
        Path uploads = Files.createTempDirectory("tlang-upload");
        Path upload = uploads.resolve(file.getFileName() == null || !file.getFileName().toString().endsWith(".jar") ? "upload.jar" : file.getFileName().toString());
        try {
            try (InputStream in = Content.Source.asInputStream(request)) {
                byte[] body = in.readNBytes(MAX_JAR + 1);
                if (body.length > MAX_JAR) {
                    answer(response, callback, 413, "a package jar is at most " + MAX_JAR + " bytes\n");
                    return;
                }
                Files.write(upload, body);
            }
            PackageJar pkg = PackageJar.read(upload);
            if (!inside || !folder.dir().resolve(pkg.path()).equals(file)) {
                answer(response, callback, 400, "the jar is " + pkg.name() + " " + pkg.version() + ": PUT it to /" + pkg.path() + ", not " + path + "\n");
                return;
            }
            folder.add(upload);
            response.getHeaders().put(HttpHeader.LOCATION, "/" + pkg.path());
            answer(response, callback, 201, "published " + pkg.name() + " " + pkg.version() + "\n");
        } catch (RepositoryFolder.VersionExists e) {
            answer(response, callback, 409, e.getMessage() + "\n");
        } catch (IOException e) {
            answer(response, callback, 400, e.getMessage() + "\n");
        } finally {
            Tree.delete(uploads);
        }
    }

    private static void answer(Response response, Callback callback, int status, String text) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
