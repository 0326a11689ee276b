package org.tlang.memory.arena;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One block of off-heap memory that a region bumps segments out of. It is freed, all at once, when
 * its region is done with it (sealed: full, or its task ended) and every segment taken from it has
 * been released: a buffer handed on to another task keeps its chunk alive until it is released.
 */
final class Chunk {
    private final Arena arena = Arena.ofShared();
    private final MemorySegment memory;
    private final Runnable onFree;
    private final AtomicInteger out = new AtomicInteger();
    private final AtomicBoolean freed = new AtomicBoolean();
    private volatile boolean sealed;
    /** Bytes bumped so far; only the region's task moves it. */
    private long top;

    Chunk(long bytes, long alignment, Runnable onFree) {
        this.memory = arena.allocate(bytes, alignment);
        this.onFree = onFree;
    }

    long size() {
        return memory.byteSize();
    }

    /** A zeroed slice of {@code size} bytes aligned to {@code alignment}, or null if it does not fit. */
    MemorySegment take(long size, long alignment) {
        long base = memory.address();
        long start = ((base + top + alignment - 1) & -alignment) - base;
        if (start + size > memory.byteSize()) return null;
        top = start + size;
        out.incrementAndGet();
        return memory.asSlice(start, size);
    }

    /** A segment of this chunk was released. */
    void released() {
        if (out.decrementAndGet() == 0 && sealed) free();
    }

    /** Its region takes nothing more from it. */
    void seal() {
        sealed = true;
        if (out.get() == 0) free();
    }

    private void free() {
        if (freed.compareAndSet(false, true)) {
            arena.close();
            onFree.run();
        }
    }
}
