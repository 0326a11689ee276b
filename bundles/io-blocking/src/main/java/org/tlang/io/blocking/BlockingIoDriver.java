package org.tlang.io.blocking;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
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
        SocketChannel channel = SocketChannel.open();
        try {
            if (timeoutMs > 0) {
                channel.socket().connect(address, (int) Math.min(Integer.MAX_VALUE, timeoutMs));
            } else {
                channel.connect(address);
            }
        } catch (SocketTimeoutException e) {
            channel.close();
            throw new SocketTimeoutException("connect to " + address + " timed out after " + timeoutMs + " ms");
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        connections.incrementAndGet();
        return channel;
    }

    @Override
    public ServerSocketChannel listen(InetSocketAddress address, int backlog) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open();
        try {
            channel.bind(address, backlog);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        listeners.incrementAndGet();
        return channel;
    }

    @Override
    public DatagramChannel bindDatagram(InetSocketAddress address) throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        try {
            channel.bind(address);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        datagrams.incrementAndGet();
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
