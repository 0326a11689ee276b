package org.tlang.spi.memory;

import java.lang.foreign.MemorySegment;

/**
 * Hands out runtime-owned off-heap memory (I/O buffers, FFI arguments) and takes it back.
 * Implementations differ in strategy: pooled, bump/arena per request, general.
 */
public interface Allocator {

    /**
     * A zeroed segment of {@code size} bytes aligned to {@code alignment}.
     *
     * @throws QuotaExceededException from {@link org.tlang.spi.natives.NativeContext#memory}, past the program's {@code max-bytes} (the bound allocator's setting, which the kernel counts per program)
     */
    MemorySegment allocate(long size, long alignment);

    /** Returns a segment obtained from {@link #allocate}; using it afterwards is a bug. */
    void release(MemorySegment segment);

    /** What this allocator holds now and has handed out since it started. */
    AllocationStats stats();
}
