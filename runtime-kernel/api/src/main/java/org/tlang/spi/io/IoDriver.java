package org.tlang.spi.io;

import java.io.IOException;
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
 * kernel swaps in another driver; the next open goes to the new one. Calls block the calling task
 * only: on a virtual thread, a blocking channel parks it.
 */
public interface IoDriver {

    FileChannel openFile(Path path, Set<? extends OpenOption> options) throws IOException;

    /** A connected socket; {@code timeoutMs} 0 waits as long as the system does. */
    SocketChannel connect(InetSocketAddress address, long timeoutMs) throws IOException;

    ServerSocketChannel listen(InetSocketAddress address, int backlog) throws IOException;

    DatagramChannel bindDatagram(InetSocketAddress address) throws IOException;

    /** Starts the child process {@code command} describes. */
    Process start(ProcessBuilder command) throws IOException;
}
