package org.tlang.memory.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;
import org.tlang.spi.memory.AllocationStats;

class GeneralAllocatorTest {
    static GeneralAllocator.Config maxBytes(long bytes) {
        return new GeneralAllocator.Config() {
            @Override
            public long max$_$bytes() {
                return bytes;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return GeneralAllocator.Config.class;
            }
        };
    }

    final GeneralAllocator allocator = new GeneralAllocator(maxBytes(0));

    @Test
    void handsOutZeroedAlignedSegmentsAndCountsThem() {
        MemorySegment a = allocator.allocate(4096, 64);
        MemorySegment b = allocator.allocate(100, 8);
        assertEquals(0, a.address() % 64);
        assertEquals(0, a.get(ValueLayout.JAVA_LONG, 8));
        a.set(ValueLayout.JAVA_LONG, 8, 42);
        assertEquals(42, a.get(ValueLayout.JAVA_LONG, 8));
        assertEquals(new AllocationStats(4196, 4196, 2, 0), allocator.stats());
        allocator.release(a);
        assertEquals(new AllocationStats(100, 100, 2, 1), allocator.stats());
        assertFalse(a.scope().isAlive());
        assertThrows(IllegalStateException.class, () -> a.get(ValueLayout.JAVA_LONG, 8));
        assertThrows(IllegalArgumentException.class, () -> allocator.release(a));
        allocator.release(b);
        assertEquals(0L, allocator.metrics().get("bytes-in-use"));
    }

    @Test
    void segmentsAreUsableFromOtherThreads() throws Exception {
        MemorySegment s = allocator.allocate(8, 8);
        Thread t = Thread.ofVirtual().start(() -> s.set(ValueLayout.JAVA_LONG, 0, 7));
        t.join();
        assertEquals(7, s.get(ValueLayout.JAVA_LONG, 0));
        allocator.release(s);
    }

    /** max-bytes caps each program (the kernel's ProgramMemory counts); the allocator checks the value and hands out past it. */
    @Test
    void maxBytesIsCheckedAtActivationAndCapsNothingHere() {
        assertThrows(IllegalArgumentException.class, () -> new GeneralAllocator(maxBytes(-1)));
        GeneralAllocator capped = new GeneralAllocator(maxBytes(10_000));
        MemorySegment a = capped.allocate(6000, 8);
        MemorySegment b = capped.allocate(6000, 8);
        capped.release(a);
        capped.release(b);
    }
}
