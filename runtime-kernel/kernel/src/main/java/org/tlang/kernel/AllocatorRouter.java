package org.tlang.kernel;

import java.lang.foreign.MemorySegment;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.tlang.modules.AutoAllocator;
import org.tlang.spi.memory.AllocationStats;
import org.tlang.spi.memory.Allocator;
import org.tlang.spi.memory.TaskScoped;

/**
 * The allocator T programs and std bundles see: each allocation goes to the allocator bound at that
 * moment, and each segment is released to the one that handed it out, also after a swap.
 */
final class AllocatorRouter implements Allocator {
    private final SubsystemSlot slot;
    /** The allocator of each segment out, by its address. */
    private final Map<Long, Allocator> owners = new ConcurrentHashMap<>();
    private final AtomicLong refusals = new AtomicLong();

    AllocatorRouter(SubsystemSlot slot) {
        this.slot = slot;
    }

    private Allocator bound() {
        return slot.service() instanceof Allocator a ? a : AutoAllocator.INSTANCE;
    }

    @Override
    public MemorySegment allocate(long size, long alignment) {
        Allocator a = bound();
        MemorySegment segment = a.allocate(size, alignment);
        owners.put(segment.address(), a);
        return segment;
    }

    @Override
    public void release(MemorySegment segment) {
        Allocator a = owners.remove(segment.address());
        if (a == null) throw new IllegalArgumentException("not a segment the runtime handed out, or released already: " + segment);
        a.release(segment);
    }

    /** {@code task} in the bound allocator's task scope, if it has one (an arena). */
    <T> Callable<T> taskScope(Callable<T> task) {
        return bound() instanceof TaskScoped scoped ? scoped.around(task) : task;
    }

    /** The bound allocator's {@code max-bytes}: what each program may hold at once (0: no cap). */
    long maxBytesPerProgram() {
        Binding b = slot.bound();
        return b != null && b.settings().get("max-bytes") instanceof Number n ? n.longValue() : 0;
    }

    void refused() {
        refusals.incrementAndGet();
    }

    /** Allocations refused at a program's cap since the runtime started. */
    long refusals() {
        return refusals.get();
    }

    @Override
    public AllocationStats stats() {
        return bound().stats();
    }
}
