package org.tlang.modules;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicLong;
import org.tlang.spi.memory.AllocationStats;
import org.tlang.spi.memory.Allocator;
import org.tlang.spi.memory.QuotaExceededException;

/**
 * One program's view of the runtime's allocator: it counts the bytes the program holds and refuses
 * an allocation that would take it past the bound allocator's {@code max-bytes}, so each program
 * of a runtime has a cap of its own (one tenant cannot take another's memory). The cap is read at
 * each allocation: a swap to an allocator with another {@code max-bytes} applies to the next one.
 */
final class ProgramMemory implements Allocator {
    private final RuntimeHost host;
    private final AtomicLong held = new AtomicLong();

    ProgramMemory(RuntimeHost host) {
        this.host = host;
    }

    @Override
    public MemorySegment allocate(long size, long alignment) {
        long cap = host.memoryCap();
        long now = held.addAndGet(size);
        if (cap > 0 && now > cap) {
            held.addAndGet(-size);
            host.memoryRefused();
            throw new QuotaExceededException(size, now - size, cap);
        }
        try {
            return host.allocator().allocate(size, alignment);
        } catch (RuntimeException | Error e) {
            held.addAndGet(-size);
            throw e;
        }
    }

    @Override
    public void release(MemorySegment segment) {
        host.allocator().release(segment);
        held.addAndGet(-segment.byteSize());
    }

    @Override
    public AllocationStats stats() {
        return host.allocator().stats();
    }

    /** The bytes this program holds now. */
    long held() {
        return held.get();
    }
}
