package org.tlang.repository;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.tlang.api.PackageRepository;

/** {@code tlang registry serve}: a repository folder over HTTP on loopback (Jetty), for GET and for publishing by PUT. */
final class RegistryServer implements PackageRepository.Registry {
    private final Server server;
    private final URI uri;

    private RegistryServer(Server server, URI uri) {
        this.server = server;
        this.uri = uri;
    }

    static RegistryServer start(Path dir, int port) throws IOException {
        RepositoryFolder folder = new RepositoryFolder(dir);
        java.nio.file.Files.createDirectories(folder.dir());
        if (!java.nio.file.Files.exists(folder.dir().resolve(RepositoryFolder.INDEX))) folder.reindex();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new RepositoryHandler(folder));
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // it did not start: nothing runs
            }
            throw new IOException("cannot serve " + dir + " on port " + port + ": " + e.getMessage(), e);
        }
        return new RegistryServer(server, URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/"));
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping: what it served is on disk
        }
    }
}
