package org.tlang.hotpatch.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tlang.api.Report;
import org.tlang.api.TlangRuntime;
import org.tlang.hotpatch.cluster.ClusterReloads;
import org.tlang.hotpatch.reload.Reloaders;
import org.tlang.spi.log.LogControl;
import org.tlang.spi.program.RunningProgram;

/**
 * The admin channel of this runtime: a Unix domain socket that only the same user can open
 * (its folder is owner-only), listening while at least one program runs. {@code tlang admin}
 * sends one request per connection and reads one answer; {@link AdminCommands} does the work.
 */
@Component(immediate = true)
public final class AdminChannel {
    private static final Logger LOG = LoggerFactory.getLogger(AdminChannel.class);

    private final List<RunningProgram> programs = new CopyOnWriteArrayList<>();
    private final TlangRuntime runtime;
    private final Reloaders reloaders;
    private final PackageInstalls packages;
    private final ClusterReloads cluster;
    private final Path socket;
    private ServerSocketChannel server;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile LogControl log;

    @Activate
    public AdminChannel(BundleContext context, @Reference TlangRuntime runtime, @Reference Reloaders reloaders,
                        @Reference ClusterReloads cluster) {
        this.cluster = cluster;
        this.runtime = runtime;
        this.reloaders = reloaders;
        this.packages = new PackageInstalls(context, runtime);
        this.socket = AdminPaths.socket(AdminPaths.folder(context.getProperty(AdminPaths.PROPERTY)), ProcessHandle.current().pid());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void bind(RunningProgram program) {
        programs.add(program);
        if (server == null) open();
    }

    synchronized void unbind(RunningProgram program) {
        programs.remove(program);
        if (programs.isEmpty()) close();
    }

    @Deactivate
    synchronized void deactivate() {
        close();
    }

    private void open() {
        try {
            Path folder = socket.getParent();
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            removeDeadSockets(folder); // left by runtimes that were killed (this pid's included)
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            ServerSocketChannel listening = server;
            // A platform thread: a virtual one blocked in accept would start the JDK's poller, whose
            // thread waits in epoll_wait when the process ends, and the JVM's exit then waits 300 ms
            // for a thread in native code. close() wakes this one and it ends.
            Thread.ofPlatform().daemon().name("tlang-admin").start(() -> serve(listening));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("no admin channel at {}: {}", socket, e.toString());
            server = null;
        }
    }

    /** Sockets named after processes that no longer run: a killed runtime cannot remove its own. */
    private static void removeDeadSockets(Path folder) throws IOException {
        try (var sockets = Files.list(folder)) {
            for (Path s : sockets.toList()) {
                String name = s.getFileName().toString();
                if (!name.matches("\\d+\\.sock")) continue;
                long pid = Long.parseLong(name.substring(0, name.length() - ".sock".length()));
                boolean alive = pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) Files.deleteIfExists(s);
            }
        }
    }

    private void close() {
        if (server == null) return;
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.debug("closing the admin channel", e);
        }
        server = null;
    }

    private void serve(ServerSocketChannel listening) {
        while (listening.isOpen()) {
            try {
                SocketChannel client = listening.accept();
                Thread.ofVirtual().name("tlang-admin-request").start(() -> answer(client));
            } catch (IOException e) {
                if (listening.isOpen()) LOG.warn("admin channel: {}", e.toString());
            }
        }
    }

    private void answer(SocketChannel client) {
        try (client; InputStream in = Channels.newInputStream(client); OutputStream out = Channels.newOutputStream(client)) {
            String request = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            AdminCommands.Answer answer;
            try {
                answer = new AdminCommands(runtime, List.copyOf(programs), reloaders, packages, log, cluster).handle(request);
            } catch (RuntimeException e) {
                // a bug of the runtime, not of the request: the client is told; the trace is logged at debug level
                LOG.error("admin request '{}' failed: {}", request.lines().findFirst().orElse(""), e.toString());
                LOG.debug("admin request failed", e);
                answer = new AdminCommands.Answer(70, Report.error("internal error (a bug in tlang, not in the request): " + e));
            }
            out.write((answer.status() + "\n" + answer.text()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.debug("admin client went away: {}", e.toString());
        }
    }
}
