package org.tlang.spi.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;

/**
 * Opens what the std bundles read and write: files, sockets, child processes. Capability checks
 * happen before a call gets here. What a driver returns is a JDK channel or process: it belongs to
 * the program that asked for it (which closes it), not to the driver, so it stays usable when the
 * kernel swaps in another driver; the next open goes to the new one. A connection is accepted, read
 * and written through the driver that opened it ({@link #accept}, {@link #input}, {@link #output}),
 * also after a swap. Calls block the calling task only: on a virtual thread, a blocking channel
 * parks it.
 */
public interface IoDriver {

    FileChannel openFile(Path path, Set<? extends OpenOption> options) throws IOException;

    /** A connected socket; {@code timeoutMs} 0 waits as long as the system does. */
    SocketChannel connect(InetSocketAddress address, long timeoutMs) throws IOException;

    ServerSocketChannel listen(InetSocketAddress address, int backlog) throws IOException;

    DatagramChannel bindDatagram(InetSocketAddress address) throws IOException;

    /** Starts the child process {@code command} describes. */
    Process start(ProcessBuilder command) throws IOException;

    /**
     * The next connection of {@code listener} (which this driver opened), waiting at most
     * {@code timeoutMs} (0: as long as it takes; past it a {@link java.net.SocketTimeoutException}).
     * The connection is this driver's too: read and write it through {@link #input} and {@link #output}.
     */
    default SocketChannel accept(ServerSocketChannel listener, long timeoutMs) throws IOException {
        if (timeoutMs <= 0) return listener.accept();
        synchronized (listener) { // SO_TIMEOUT is the socket's: one timed accept at a time sets it
            listener.socket().setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeoutMs));
            return listener.socket().accept().getChannel();
        }
    }

    /**
     * How a connection this driver opened or accepted is read: a read blocks the calling task only,
     * and one waiting longer than the socket's {@code SO_TIMEOUT} (when set) throws a
     * {@link java.net.SocketTimeoutException}.
     */
    default InputStream input(SocketChannel connection) throws IOException {
        return connection.socket().getInputStream();
    }

    /** How a connection this driver opened or accepted is written; a write blocks the calling task only. */
    default OutputStream output(SocketChannel connection) throws IOException {
        return connection.socket().getOutputStream();
    }
}
