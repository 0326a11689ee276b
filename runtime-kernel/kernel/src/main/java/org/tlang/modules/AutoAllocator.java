package org.tlang.modules;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicLong;
import org.tlang.spi.memory.AllocationStats;
import org.tlang.spi.memory.Allocator;

/**
 * The memory of a runtime whose profile binds no {@code [allocator]}: segments of the automatic
 * arena, freed by the JVM's collector once unreachable (release only counts).
 */
public final class AutoAllocator implements Allocator {
    public static final AutoAllocator INSTANCE = new AutoAllocator();

    private final AtomicLong allocations = new AtomicLong();
    private final AtomicLong releases = new AtomicLong();

    private AutoAllocator() {}

    @Override
    public MemorySegment allocate(long size, long alignment) {
        allocations.incrementAndGet();
        return Arena.ofAuto().allocate(size, alignment);
    }

    @Override
    public void release(MemorySegment segment) {
        releases.incrementAndGet();
    }

    @Override
    public AllocationStats stats() {
        return new AllocationStats(0, 0, allocations.get(), releases.get());
    }
}
