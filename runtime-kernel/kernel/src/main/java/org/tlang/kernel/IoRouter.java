package org.tlang.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.tlang.modules.NoIoDriver;
import org.tlang.spi.io.IoDriver;

/**
 * The I/O driver T programs see: each open goes to whichever driver is bound at that moment. What
 * an earlier driver opened stays open across a swap: it belongs to the program, and its sockets are
 * accepted, read and written through the driver that opened them until they close.
 */
final class IoRouter implements IoDriver {
    private final SubsystemSlot slot;
    /** The driver that opened each socket still reachable (a closed one is collected with its channel). */
    private final Map<Channel, IoDriver> openedBy = Collections.synchronizedMap(new WeakHashMap<>());

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
        IoDriver d = bound();
        return opened(d.connect(address, timeoutMs), d);
    }

    @Override
    public ServerSocketChannel listen(InetSocketAddress address, int backlog) throws IOException {
        IoDriver d = bound();
        return opened(d.listen(address, backlog), d);
    }

    @Override
    public SocketChannel accept(ServerSocketChannel listener, long timeoutMs) throws IOException {
        IoDriver d = driverOf(listener);
        return opened(d.accept(listener, timeoutMs), d);
    }

    @Override
    public InputStream input(SocketChannel connection) throws IOException {
        return driverOf(connection).input(connection);
    }

    @Override
    public OutputStream output(SocketChannel connection) throws IOException {
        return driverOf(connection).output(connection);
    }

    private <C extends Channel> C opened(C channel, IoDriver driver) {
        openedBy.put(channel, driver);
        return channel;
    }

    /** The driver that opened {@code channel}; a channel made elsewhere gets the SPI's blocking defaults. */
    private IoDriver driverOf(Channel channel) {
        IoDriver d = openedBy.get(channel);
        return d != null ? d : NoIoDriver.INSTANCE;
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
