package org.tlang.io.nio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * Reads a non-blocking connection: a read that finds nothing parks the task on its event loop
 * until data arrives; past the socket's {@code SO_TIMEOUT} (when set) it throws a
 * {@link java.net.SocketTimeoutException}, as a blocking socket's stream does.
 */
final class NioInput extends InputStream {
    private final SocketChannel channel;
    private final EventLoop loop;

    NioInput(SocketChannel channel, EventLoop loop) {
        this.channel = channel;
        this.loop = loop;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
        int timeout = channel.socket().getSoTimeout();
        long deadline = EventLoop.deadline(timeout);
        int n;
        while ((n = channel.read(buffer)) == 0) loop.await(channel, SelectionKey.OP_READ, deadline, timeout);
        return n;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
