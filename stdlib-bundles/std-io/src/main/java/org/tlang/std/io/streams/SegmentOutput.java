package org.tlang.std.io.streams;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import org.tlang.spi.memory.Allocator;

/**
 * Writes a channel through an off-heap buffer from the runtime's allocator: writes gather in it
 * and go to the channel when it is full, on flush and on close; the buffer then goes back to the
 * allocator.
 */
public final class SegmentOutput extends OutputStream {
    private final WritableByteChannel channel;
    private final Allocator memory;
    private final MemorySegment segment;
    private final ByteBuffer buffer;
    private boolean closed;

    public SegmentOutput(WritableByteChannel channel, Allocator memory, int size) throws IOException {
        this.channel = channel;
        this.memory = memory;
        this.segment = Buffers.take(memory, size);
        this.buffer = segment.asByteBuffer();
    }

    private void drain() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) channel.write(buffer);
        buffer.clear();
    }

    @Override
    public void write(int b) throws IOException {
        if (!buffer.hasRemaining()) drain();
        buffer.put((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (!buffer.hasRemaining()) drain();
            int n = Math.min(len, buffer.remaining());
            buffer.put(b, off, n);
            off += n;
            len -= n;
        }
    }

    @Override
    public void flush() throws IOException {
        if (buffer.position() > 0) drain();
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            flush();
        } finally {
            try {
                channel.close();
            } finally {
                memory.release(segment);
            }
        }
    }
}
