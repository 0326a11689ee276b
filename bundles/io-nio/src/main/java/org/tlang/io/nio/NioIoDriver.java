package org.tlang.io.nio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.FileChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.Deactivate;
import org.tlang.spi.Metered;
import org.tlang.spi.io.IoDriver;

/**
 * Non-blocking sockets on selector event loops ({@code loops} of them, one per processor unless
 * set): every TCP connection and listener is in non-blocking mode and belongs to one loop; a task
 * that reads, writes, accepts or connects when its channel is not ready parks until the loop says
 * it is, so no thread (platform or virtual) sits in a blocking system call per connection. Files
 * are FileChannels and datagram sockets blocking channels, as with {@code blocking}: a selector
 * does not help either. Swapped out, its loops keep serving the sockets it opened until they close.
 */
@Component(service = IoDriver.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.io.nio")
@Designate(ocd = NioIoDriver.Config.class, factory = true)
public final class NioIoDriver implements IoDriver, Metered {
    /** Settings a profile gives under {@code [io]}. */
    @ObjectClassDefinition(id = "org.tlang.io.nio", name = "io nio", description = "Non-blocking sockets on selector event loops.")
    public @interface Config {
        @AttributeDefinition(min = "0", max = "256", description = "Selector threads; 0 for one per processor.")
        int loops() default 0;
    }

    private final EventLoop[] loops;
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong listeners = new AtomicLong();
    private final AtomicLong datagrams = new AtomicLong();
    private final AtomicLong processes = new AtomicLong();

    @Activate
    public NioIoDriver(Config config) {
        int n = config.loops() == 0 ? Runtime.getRuntime().availableProcessors() : config.loops();
        if (n < 1 || n > 256) throw new IllegalArgumentException("io.loops must be between 1 and 256 (0: one per processor), got " + config.loops());
        loops = new EventLoop[n];
        for (int i = 0; i < n; i++) loops[i] = new EventLoop("tlang-nio-" + (i + 1));
    }

    /** The loop a channel belongs to, always the same one. */
    private EventLoop loopOf(SelectableChannel channel) {
        return loops[Math.floorMod(System.identityHashCode(channel), loops.length)];
    }

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
            channel.configureBlocking(false);
            if (!channel.connect(address)) {
                long deadline = EventLoop.deadline(timeoutMs);
                try {
                    while (!channel.finishConnect()) loopOf(channel).await(channel, SelectionKey.OP_CONNECT, deadline, timeoutMs);
                } catch (SocketTimeoutException e) {
                    throw new SocketTimeoutException("connect to " + address + " timed out after " + timeoutMs + " ms");
                }
            }
        } catch (IOException | RuntimeException e) {
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
            channel.configureBlocking(false);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        listeners.incrementAndGet();
        return channel;
    }

    @Override
    public SocketChannel accept(ServerSocketChannel listener, long timeoutMs) throws IOException {
        long deadline = EventLoop.deadline(timeoutMs);
        SocketChannel connection;
        while ((connection = listener.accept()) == null) loopOf(listener).await(listener, SelectionKey.OP_ACCEPT, deadline, timeoutMs);
        connection.configureBlocking(false);
        connections.incrementAndGet();
        return connection;
    }

    @Override
    public InputStream input(SocketChannel connection) {
        return new NioInput(connection, loopOf(connection));
    }

    @Override
    public OutputStream output(SocketChannel connection) {
        return new NioOutput(connection, loopOf(connection));
    }

    @Override
    public DatagramChannel bindDatagram(InetSocketAddress address) throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        try {
            channel.bind(address);
        } catch (IOException | RuntimeException e) {
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

    /** Swapped out or stopping: each loop ends once the sockets it serves are all closed. */
    @Deactivate
    void deactivate() {
        for (EventLoop loop : loops) loop.stop();
    }

    @Override
    public Map<String, Number> metrics() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("files-opened", files.get());
        m.put("connections", connections.get());
        m.put("listeners", listeners.get());
        m.put("datagram-sockets", datagrams.get());
        m.put("processes", processes.get());
        m.put("loops", loops.length);
        long parks = 0, wakeups = 0;
        for (EventLoop loop : loops) {
            parks += loop.parks();
            wakeups += loop.wakeups();
        }
        m.put("parks", parks);
        m.put("wakeups", wakeups);
        return m;
    }
}
