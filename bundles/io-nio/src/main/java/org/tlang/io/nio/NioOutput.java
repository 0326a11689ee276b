package org.tlang.io.nio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/** Writes a non-blocking connection: while the socket's send buffer is full, the task parks on its event loop. */
final class NioOutput extends OutputStream {
    private final SocketChannel channel;
    private final EventLoop loop;

    NioOutput(SocketChannel channel, EventLoop loop) {
        this.channel = channel;
        this.loop = loop;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
        while (buffer.hasRemaining()) {
            if (channel.write(buffer) == 0) loop.await(channel, SelectionKey.OP_WRITE, Long.MAX_VALUE, 0);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
