package org.tlang.memory.general;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.LinkedHashMap;
import java.util.Map;
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

/**
 * Each segment is the memory of a shared arena of its own, freed when it is released: simple, and
 * right for buffers that live as long as a file or a socket. Usable from any thread. Its
 * {@code max-bytes} is what each program may hold at once, which the kernel enforces per program
 * (the allocator is shared by every program of the runtime). Swapped out, it keeps serving
 * the releases of the segments it handed out (the buffer of a file opened before the swap stays
 * valid until the file closes).
 */
@Component(service = Allocator.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.memory.general")
@Designate(ocd = GeneralAllocator.Config.class, factory = true)
public final class GeneralAllocator implements Allocator, Metered {
    /** Settings a profile gives under {@code [allocator]}. */
    @ObjectClassDefinition(id = "org.tlang.memory.general", name = "allocator general", description = "An arena of its own per segment.")
    public @interface Config {
        @AttributeDefinition(min = "0", description = "Bytes each program may hold at once (enforced by the kernel, per program); 0 for no cap.")
        long max$_$bytes() default 0;
    }

    private final Map<Long, Arena> arenas = new ConcurrentHashMap<>();
    private final AtomicLong inUse = new AtomicLong();
    private final AtomicLong allocations = new AtomicLong();
    private final AtomicLong releases = new AtomicLong();

    @Activate
    public GeneralAllocator(Config config) {
        if (config.max$_$bytes() < 0) throw new IllegalArgumentException("max-bytes must be 0 (no cap) or more, got " + config.max$_$bytes());
    }

    @Override
    public MemorySegment allocate(long size, long alignment) {
        Arena arena = Arena.ofShared();
        MemorySegment segment = arena.allocate(size, alignment);
        arenas.put(segment.address(), arena);
        inUse.addAndGet(size);
        allocations.incrementAndGet();
        return segment;
    }

    @Override
    public void release(MemorySegment segment) {
        Arena arena = arenas.remove(segment.address());
        if (arena == null) throw new IllegalArgumentException("not a segment of this allocator, or released already: " + segment);
        inUse.addAndGet(-segment.byteSize());
        releases.incrementAndGet();
        arena.close();
    }

    @Override
    public AllocationStats stats() {
        long bytes = inUse.get();
        return new AllocationStats(bytes, bytes, allocations.get(), releases.get());
    }

    @Override
    public Map<String, Number> metrics() {
        AllocationStats s = stats();
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("bytes-in-use", s.bytesInUse());
        m.put("allocations", s.allocations());
        m.put("releases", s.releases());
        return m;
    }
}
