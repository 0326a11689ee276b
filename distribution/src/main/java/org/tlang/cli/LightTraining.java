package org.tlang.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run of the light commands' AOT cache ({@code aot/light-*.aot}, made by the
 * {@code tlang} script): {@code tlang version}, then {@code tlang admin status} answered by a
 * stand-in for a runtime on a socket in a temporary folder, so that the cache holds what a real
 * request loads and links. Exit status 0 when both ran as they should.
 */
final class LightTraining {
    private LightTraining() {}

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("tlang-light-");
        Path socket = folder.resolve(ProcessHandle.current().pid() + ".sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread runtime = Thread.ofPlatform().start(() -> answer(server));
            System.setProperty("tlang.admin.dir", folder.toString());
            int version = LightCommands.run(new String[] {"version"});
            int admin = LightCommands.run(new String[] {"admin", "status"});
            runtime.join();
            System.out.flush();
            if (version != ExitStatus.OK || admin != ExitStatus.OK) System.exit(ExitStatus.FAILED);
        } finally {
            Files.deleteIfExists(socket);
            Files.delete(folder);
        }
    }

    /** One request, read to its end, answered as a runtime answers it: a status line, then text. */
    private static void answer(ServerSocketChannel server) {
        try (SocketChannel client = server.accept()) {
            Channels.newInputStream(client).readAllBytes();
            Channels.newOutputStream(client).write("0\nstatus of a stand-in runtime\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
