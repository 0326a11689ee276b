package org.tlang.std.io.streams;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import org.tlang.spi.memory.Allocator;

/**
 * Reads a channel through an off-heap buffer from the runtime's allocator (the channel reads
 * straight into it, with no temporary buffer of the JDK's in between); the buffer goes back to the
 * allocator when the stream closes.
 */
public final class SegmentInput extends InputStream {
    private final ReadableByteChannel channel;
    private final Allocator memory;
    private final MemorySegment segment;
    private final ByteBuffer buffer;
    private boolean closed;

    public SegmentInput(ReadableByteChannel channel, Allocator memory, int size) throws IOException {
        this.channel = channel;
        this.memory = memory;
        this.segment = Buffers.take(memory, size);
        this.buffer = segment.asByteBuffer().limit(0);
    }

    /** Refills the buffer if it is empty; false at the end of the channel. */
    private boolean fill() throws IOException {
        if (buffer.hasRemaining()) return true;
        buffer.clear();
        int n;
        do {
            n = channel.read(buffer);
        } while (n == 0);
        buffer.flip();
        return n > 0;
    }

    @Override
    public int read() throws IOException {
        return fill() ? buffer.get() & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(len, buffer.remaining());
        buffer.get(b, off, n);
        return n;
    }

    @Override
    public int available() {
        return buffer.remaining();
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            channel.close();
        } finally {
            memory.release(segment);
        }
    }
}
