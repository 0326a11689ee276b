package org.tlang.modules;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;
import org.tlang.spi.io.IoDriver;

/** The I/O of a runtime whose profile binds no {@code [io]} implementation: every open fails, saying so. */
public final class NoIoDriver implements IoDriver {
    public static final NoIoDriver INSTANCE = new NoIoDriver();

    private NoIoDriver() {}

    private static IOException none() {
        return new IOException("no I/O driver is bound (the profile's [io] table names none)");
    }

    @Override
    public FileChannel openFile(Path path, Set<? extends OpenOption> options) throws IOException {
        throw none();
    }

    @Override
    public SocketChannel connect(InetSocketAddress address, long timeoutMs) throws IOException {
        throw none();
    }

    @Override
    public ServerSocketChannel listen(InetSocketAddress address, int backlog) throws IOException {
        throw none();
    }

    @Override
    public DatagramChannel bindDatagram(InetSocketAddress address) throws IOException {
        throw none();
    }

    @Override
    public Process start(ProcessBuilder command) throws IOException {
        throw none();
    }
}
