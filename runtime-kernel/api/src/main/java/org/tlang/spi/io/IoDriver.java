package org.tlang.spi.io;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;

/**
 * Opens the channels the std I/O bundles read and write. Channels are blocking: a T task is a
 * virtual thread, so blocking parks it cheaply. Capability checks happen before a call gets here.
 */
public interface IoDriver {

    FileChannel openFile(Path path, Set<? extends OpenOption> options) throws IOException;

    SocketChannel connect(InetSocketAddress address) throws IOException;

    ServerSocketChannel listen(InetSocketAddress address, int backlog) throws IOException;
}
