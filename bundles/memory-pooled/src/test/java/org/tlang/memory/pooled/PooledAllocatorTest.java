package org.tlang.memory.pooled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tlang.spi.memory.AllocationStats;

class PooledAllocatorTest {
    static PooledAllocator.Config maxFree(int bytes) {
        return config(bytes, 0);
    }

    static PooledAllocator.Config config(int maxFree, long maxBytes) {
        return new PooledAllocator.Config() {
            @Override
            public int max$_$free$_$bytes() {
                return maxFree;
            }

            @Override
            public long max$_$bytes() {
                return maxBytes;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return PooledAllocator.Config.class;
            }
        };
    }

    final PooledAllocator allocator = new PooledAllocator(maxFree(1 << 20));

    @AfterEach
    void stop() {
        allocator.deactivate();
    }

    @Test
    void sizeClassesArePowersOfTwoFrom64BytesTo1MiB() {
        assertEquals(0, PooledAllocator.sizeClass(1, 1));
        assertEquals(0, PooledAllocator.sizeClass(64, 8));
        assertEquals(1, PooledAllocator.sizeClass(65, 8));
        assertEquals(10, PooledAllocator.sizeClass(65536, 8));
        assertEquals(14, PooledAllocator.sizeClass(1 << 20, 8));
        assertEquals(-1, PooledAllocator.sizeClass((1 << 20) + 1, 8));
        assertEquals(2, PooledAllocator.sizeClass(100, 256), "alignment counts as size");
        assertEquals(-1, PooledAllocator.sizeClass(100, 8192), "aligned beyond a page: not pooled");
    }

    @Test
    void aReleasedSegmentIsHandedOutAgainZeroed() {
        MemorySegment a = allocator.allocate(65536, 8);
        assertEquals(65536, a.byteSize());
        a.set(ValueLayout.JAVA_LONG, 64, 42);
        long address = a.address();
        allocator.release(a);
        assertEquals(new AllocationStats(0, 65536, 1, 1), allocator.stats(), "its memory stays, on the free list");
        MemorySegment b = allocator.allocate(40000, 64);
        assertEquals(address, b.address(), "the same block: 40,000 bytes are of the 64 KiB class");
        assertEquals(40000, b.byteSize());
        assertEquals(0, b.get(ValueLayout.JAVA_LONG, 64), "zeroed again");
        assertEquals(0, b.address() % 64);
        assertEquals(1L, allocator.metrics().get("reused"));
        allocator.release(b);
        assertThrows(IllegalArgumentException.class, () -> allocator.release(b));
    }

    @Test
    void theFreeListsHoldNoMoreThanMaxFreeBytesAndLargeSegmentsAreNotPooled() {
        List<MemorySegment> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) out.add(allocator.allocate(65536, 8));
        MemorySegment large = allocator.allocate(3 << 20, 8);
        out.forEach(allocator::release);
        allocator.release(large);
        assertFalse(large.scope().isAlive(), "above 1 MiB: freed at release");
        assertEquals(16L * 65536, allocator.metrics().get("bytes-free"), "1 MiB of the 20 blocks kept, the rest freed");
        assertEquals(16, countAlive(out));
    }

    @Test
    void withNothingToPoolItBehavesAsGeneral() {
        PooledAllocator none = new PooledAllocator(maxFree(0));
        MemorySegment s = none.allocate(128, 8);
        none.release(s);
        assertFalse(s.scope().isAlive());
        assertEquals(new AllocationStats(0, 0, 1, 1), none.stats());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PooledAllocator(maxFree(-1)));
        assertEquals("allocator.max-free-bytes must be 0 or more, got -1", e.getMessage());
    }

    @Test
    void segmentsMoveBetweenThreads() throws Exception {
        MemorySegment s = allocator.allocate(8, 8);
        Thread t = Thread.ofVirtual().start(() -> {
            s.set(ValueLayout.JAVA_LONG, 0, 7);
            allocator.release(s);
        });
        t.join();
        assertTrue(allocator.allocate(8, 8).address() == s.address());
    }

    private static int countAlive(List<MemorySegment> segments) {
        return (int) segments.stream().filter(x -> x.scope().isAlive()).count();
    }

    /** max-bytes caps each program (the kernel's ProgramMemory counts); the allocator checks the value at activation. */
    @Test
    void aNegativeMaxBytesIsRefusedAtActivation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PooledAllocator(config(1 << 20, -1)));
        assertEquals("max-bytes must be 0 (no cap) or more, got -1", e.getMessage());
    }

    @Test
    void aSegmentOutWhenItStopsStaysValidUntilReleasedAndIsThenFreedNotPooled() {
        PooledAllocator swappedOut = new PooledAllocator(maxFree(1 << 20));
        MemorySegment open = swappedOut.allocate(4096, 64);
        MemorySegment pooled = swappedOut.allocate(4096, 64);
        swappedOut.release(pooled);
        swappedOut.deactivate();
        assertFalse(pooled.scope().isAlive(), "the free lists are freed");
        open.set(ValueLayout.JAVA_LONG, 0, 7);
        assertEquals(7, open.get(ValueLayout.JAVA_LONG, 0), "the buffer of a file opened before the swap");
        swappedOut.release(open);
        assertFalse(open.scope().isAlive());
        assertEquals(0L, swappedOut.metrics().get("bytes-free"));
    }
}
