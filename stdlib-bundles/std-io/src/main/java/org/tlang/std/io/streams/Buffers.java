package org.tlang.std.io.streams;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import org.tlang.spi.memory.Allocator;
import org.tlang.spi.memory.QuotaExceededException;

/** Off-heap buffers of streams, from the runtime's allocator. */
final class Buffers {
    private Buffers() {}

    /** A buffer of {@code size} bytes; the allocator's refusal (its {@code max-bytes}) as an IOException, so the std call returns it as an Err. */
    static MemorySegment take(Allocator memory, int size) throws IOException {
        try {
            return memory.allocate(size, 64);
        } catch (QuotaExceededException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
