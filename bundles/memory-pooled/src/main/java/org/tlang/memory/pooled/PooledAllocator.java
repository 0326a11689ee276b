package org.tlang.memory.pooled;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.Deactivate;
import org.tlang.spi.Metered;
import org.tlang.spi.memory.AllocationStats;
import org.tlang.spi.memory.Allocator;

/**
 * Segments come in size classes, powers of two from 64 B to 1 MiB: a released segment goes onto
 * its class's free list and the next request of that class takes it (zeroed again) instead of
 * asking the system for memory. What sits on the free lists is capped by {@code max-free-bytes};
 * past it, and for requests above 1 MiB or aligned beyond a page, a segment is freed at release
 * as {@code general} frees it. Right for buffers opened and closed over and over (a file read per
 * request). Usable from any thread. Its {@code max-bytes} is what each program may hold at once,
 * enforced by the kernel per program (the free lists do not count).
 */
@Component(service = Allocator.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.memory.pooled")
@Designate(ocd = PooledAllocator.Config.class, factory = true)
public final class PooledAllocator implements Allocator, Metered {
    static final int SMALLEST = 64;
    static final int LARGEST = 1 << 20;
    private static final int CLASSES = Integer.numberOfTrailingZeros(LARGEST) - Integer.numberOfTrailingZeros(SMALLEST) + 1;
    private static final long PAGE = 4096;

    /** Settings a profile gives under {@code [allocator]}. */
    @ObjectClassDefinition(id = "org.tlang.memory.pooled", name = "allocator pooled", description = "Size-classed free lists of segments.")
    public @interface Config {
        @AttributeDefinition(min = "0", description = "Bytes the free lists may hold at most; 0 pools nothing.")
        int max$_$free$_$bytes() default 64 << 20;

        @AttributeDefinition(min = "0", description = "Bytes each program may hold at once (enforced by the kernel, per program); 0 for no cap.")
        long max$_$bytes() default 0;
    }

    /** A segment as the system gave it: its arena, its full size and its class (-1: not pooled). */
    private record Block(Arena arena, MemorySegment memory, int sizeClass) {}

    private final long maxFree;
    @SuppressWarnings("unchecked")
    private final ConcurrentLinkedDeque<Block>[] free = new ConcurrentLinkedDeque[CLASSES];
    /** The blocks handed out, by address. */
    private final Map<Long, Block> out = new ConcurrentHashMap<>();
    private final AtomicLong inUse = new AtomicLong();
    private final AtomicLong freeBytes = new AtomicLong();
    private final AtomicLong allocations = new AtomicLong();
    private final AtomicLong releases = new AtomicLong();
    private final AtomicLong reused = new AtomicLong();
    private volatile boolean stopped;

    @Activate
    public PooledAllocator(Config config) {
        if (config.max$_$free$_$bytes() < 0) {
            throw new IllegalArgumentException("allocator.max-free-bytes must be 0 or more, got " + config.max$_$free$_$bytes());
        }
        maxFree = config.max$_$free$_$bytes();
        if (config.max$_$bytes() < 0) throw new IllegalArgumentException("max-bytes must be 0 (no cap) or more, got " + config.max$_$bytes());
        for (int i = 0; i < CLASSES; i++) free[i] = new ConcurrentLinkedDeque<>();
    }

    /** The class of a request: the index of the smallest power of two that holds it; -1 if none does. */
    static int sizeClass(long size, long alignment) {
        if (size > LARGEST || alignment > PAGE) return -1;
        long bytes = Math.max(SMALLEST, Math.max(size, alignment));
        return 64 - Long.numberOfLeadingZeros(bytes - 1) - Integer.numberOfTrailingZeros(SMALLEST);
    }

    @Override
    public MemorySegment allocate(long size, long alignment) {
        int c = sizeClass(size, alignment);
        Block block = c < 0 ? null : free[c].pollFirst();
        if (block != null) {
            freeBytes.addAndGet(-block.memory().byteSize());
            block.memory().fill((byte) 0);
            reused.incrementAndGet();
        } else {
            long bytes = c < 0 ? size : (long) SMALLEST << c;
            Arena arena = Arena.ofShared();
            block = new Block(arena, arena.allocate(bytes, c < 0 ? alignment : Math.min(bytes, PAGE)), c);
        }
        out.put(block.memory().address(), block);
        inUse.addAndGet(size);
        allocations.incrementAndGet();
        return block.memory().asSlice(0, size);
    }

    @Override
    public void release(MemorySegment segment) {
        Block block = out.remove(segment.address());
        if (block == null) throw new IllegalArgumentException("not a segment of this allocator, or released already: " + segment);
        inUse.addAndGet(-segment.byteSize());
        releases.incrementAndGet();
        long bytes = block.memory().byteSize();
        boolean poolable = block.sizeClass() >= 0 && !stopped;
        if (poolable && freeBytes.addAndGet(bytes) <= maxFree) {
            free[block.sizeClass()].addFirst(block); // the most recently used first: likely still in cache
        } else {
            if (poolable) freeBytes.addAndGet(-bytes);
            block.arena().close();
        }
    }

    @Override
    public AllocationStats stats() {
        long used = inUse.get();
        return new AllocationStats(used, used + freeBytes.get(), allocations.get(), releases.get());
    }

    @Override
    public Map<String, Number> metrics() {
        AllocationStats s = stats();
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("bytes-in-use", s.bytesInUse());
        m.put("bytes-free", freeBytes.get());
        m.put("allocations", s.allocations());
        m.put("releases", s.releases());
        m.put("reused", reused.get());
        return m;
    }

    /**
     * Swapped out, or the runtime stops: the free lists are freed. A segment still out (the buffer of a
     * file opened before a swap) stays valid until it is released, and is freed then, not pooled.
     */
    @Deactivate
    void deactivate() {
        stopped = true;
        for (ConcurrentLinkedDeque<Block> list : free) {
            for (Block b; (b = list.pollFirst()) != null; ) b.arena().close();
        }
        freeBytes.set(0);
    }
}
