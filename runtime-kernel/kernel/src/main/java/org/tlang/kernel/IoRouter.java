package org.tlang.kernel;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;
import org.tlang.modules.NoIoDriver;
import org.tlang.spi.io.IoDriver;

/**
 * The I/O driver T programs see: each open goes to whichever driver is bound at that moment. What
 * an earlier driver opened stays open across a swap: it belongs to the program.
 */
final class IoRouter implements IoDriver {
    private final SubsystemSlot slot;

    IoRouter(SubsystemSlot slot) {
        this.slot = slot;
    }

    private IoDriver bound() {
        return slot.service() instanceof IoDriver d ? d : NoIoDriver.INSTANCE;
    }

    @Override
    public FileChannel openFile(Path path, Set<? extends OpenOption> options) throws IOException {
        return bound().openFile(path, options);
    }

    @Override
    public SocketChannel connect(InetSocketAddress address, long timeoutMs) throws IOException {
        return bound().connect(address, timeoutMs);
    }

    @Override
    public ServerSocketChannel listen(InetSocketAddress address, int backlog) throws IOException {
        return bound().listen(address, backlog);
    }

    @Override
    public DatagramChannel bindDatagram(InetSocketAddress address) throws IOException {
        return bound().bindDatagram(address);
    }

    @Override
    public Process start(ProcessBuilder command) throws IOException {
        return bound().start(command);
    }
}
