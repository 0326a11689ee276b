package org.tlang.memory.arena;

import java.lang.foreign.MemorySegment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.tlang.spi.Metered;
import org.tlang.spi.memory.AllocationStats;
import org.tlang.spi.memory.Allocator;
import org.tlang.spi.memory.TaskScoped;

/**
 * Bump allocation per task: every task of a program (an HTTP request's handler is one) gets a
 * {@link Region} of its own when it starts, and its allocations are slices of the region's current
 * chunk ({@code chunk-bytes}, 1 MiB unless set); releasing one only counts. When the task ends,
 * its chunks are freed at once, as soon as nothing taken from them is still out: a buffer the task
 * handed on (a file it returned) stays valid until it is released. What runs outside any task
 * (main, a server's own threads) allocates from one shared region. Requests above half a chunk
 * get a chunk of their own. Swapped out, it keeps serving the releases of what it handed out.
 */
@Component(service = Allocator.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.memory.arena")
@Designate(ocd = ArenaAllocator.Config.class, factory = true)
public final class ArenaAllocator implements Allocator, TaskScoped, Metered {
    /** Settings a profile gives under {@code [allocator]}. */
    @ObjectClassDefinition(id = "org.tlang.memory.arena", name = "allocator arena", description = "Bump allocation per task.")
    public @interface Config {
        @AttributeDefinition(min = "4096", max = "1073741824", description = "Bytes of each chunk a region bumps from.")
        int chunk$_$bytes() default 1 << 20;

        @AttributeDefinition(min = "0", description = "Bytes each program may hold at once (enforced by the kernel, per program); 0 for no cap.")
        long max$_$bytes() default 0;
    }

    private static final ScopedValue<Region> REGION = ScopedValue.newInstance();

    private final int chunkBytes;
    private final Region shared;
    /** The chunk of each segment out, by its address. */
    private final Map<Long, Chunk> out = new ConcurrentHashMap<>();
    private final AtomicLong inUse = new AtomicLong();
    private final AtomicLong reserved = new AtomicLong();
    private final AtomicLong allocations = new AtomicLong();
    private final AtomicLong releases = new AtomicLong();
    private final AtomicLong chunks = new AtomicLong();
    private final AtomicLong regions = new AtomicLong();

    @Activate
    public ArenaAllocator(Config config) {
        if (config.chunk$_$bytes() < 4096 || config.chunk$_$bytes() > 1 << 30) {
            throw new IllegalArgumentException("allocator.chunk-bytes must be between 4096 and 1073741824, got " + config.chunk$_$bytes());
        }
        if (config.max$_$bytes() < 0) throw new IllegalArgumentException("max-bytes must be 0 (no cap) or more, got " + config.max$_$bytes());
        chunkBytes = config.chunk$_$bytes();
        shared = new Region(chunkBytes, this::chunk);
    }

    private Chunk chunk(long bytes, long alignment) {
        Chunk c = new Chunk(bytes, alignment, () -> reserved.addAndGet(-bytes));
        reserved.addAndGet(bytes);
        chunks.incrementAndGet();
        return c;
    }

    @Override
    public <T> Callable<T> around(Callable<T> work) {
        return () -> {
            Region region = new Region(chunkBytes, this::chunk);
            regions.incrementAndGet();
            try {
                return ScopedValue.where(REGION, region).call(work::call);
            } finally {
                region.end();
            }
        };
    }

    @Override
    public MemorySegment allocate(long size, long alignment) {
        Region region = REGION.isBound() ? REGION.get() : shared;
        Region.Taken t = region.take(size, alignment);
        out.put(t.segment().address(), t.chunk());
        inUse.addAndGet(size);
        allocations.incrementAndGet();
        return t.segment();
    }

    @Override
    public void release(MemorySegment segment) {
        Chunk chunk = out.remove(segment.address());
        if (chunk == null) throw new IllegalArgumentException("not a segment of this allocator, or released already: " + segment);
        inUse.addAndGet(-segment.byteSize());
        releases.incrementAndGet();
        chunk.released();
    }

    @Override
    public AllocationStats stats() {
        return new AllocationStats(inUse.get(), reserved.get(), allocations.get(), releases.get());
    }

    @Override
    public Map<String, Number> metrics() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("bytes-in-use", inUse.get());
        m.put("bytes-reserved", reserved.get());
        m.put("allocations", allocations.get());
        m.put("releases", releases.get());
        m.put("chunks", chunks.get());
        m.put("regions", regions.get());
        return m;
    }
}
