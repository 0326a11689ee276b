package org.tlang.io.blocking;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tlang.spi.Metered;
import org.tlang.spi.io.IoDriver;

/**
 * Blocking NIO channels: a T task is a virtual thread, which a blocking read or accept parks
 * without holding a carrier. A connect with a timeout uses the socket adaptor's timed connect.
 */
@Component(service = IoDriver.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.io.blocking")
public final class BlockingIoDriver implements IoDriver, Metered {
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong listeners = new AtomicLong();
    private final AtomicLong datagrams = new AtomicLong();
    private final AtomicLong processes = new AtomicLong();

    @Override
    public FileChannel openFile(Path path, Set<? extends OpenOption> options) throws IOException {
        FileChannel channel = FileChannel.open(path, options);
        files.incrementAndGet();
        return channel;
    }

    @Override
    public SocketChannel connect(InetSocketAddress address, long timeoutMs) throws IOException {
        return prepared(SocketChannel.open(), channel -> {
            if (timeoutMs <= 0) {
                channel.connect(address);
                return;
            }
            try {
                channel.socket().connect(address, (int) Math.min(Integer.MAX_VALUE, timeoutMs));
            } catch (SocketTimeoutException e) {
                throw new SocketTimeoutException("connect to " + address + " timed out after " + timeoutMs + " ms");
            }
        }, connections);
    }

    @Override
    public SocketChannel accept(ServerSocketChannel listener, long timeoutMs) throws IOException {
        SocketChannel connection = IoDriver.super.accept(listener, timeoutMs);
        connections.incrementAndGet();
        return connection;
    }

    @Override
    public ServerSocketChannel listen(InetSocketAddress address, int backlog) throws IOException {
        return prepared(ServerSocketChannel.open(), channel -> channel.bind(address, backlog), listeners);
    }

    @Override
    public DatagramChannel bindDatagram(InetSocketAddress address) throws IOException {
        return prepared(DatagramChannel.open(), channel -> channel.bind(address), datagrams);
    }

    /** What makes a new channel ready: a connect, a bind. */
    private interface SetUp<C> {
        void run(C channel) throws IOException;
    }

    /** {@code channel} once {@code setUp} worked on it, counted in {@code opened}; closed again if it failed. */
    private static <C extends Channel> C prepared(C channel, SetUp<C> setUp, AtomicLong opened) throws IOException {
        try {
            setUp.run(channel);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        opened.incrementAndGet();
        return channel;
    }

    @Override
    public Process start(ProcessBuilder command) throws IOException {
        Process p = command.start();
        processes.incrementAndGet();
        return p;
    }

    @Override
    public Map<String, Number> metrics() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("files-opened", files.get());
        m.put("connections", connections.get());
        m.put("listeners", listeners.get());
        m.put("datagram-sockets", datagrams.get());
        m.put("processes", processes.get());
        return m;
    }
}
