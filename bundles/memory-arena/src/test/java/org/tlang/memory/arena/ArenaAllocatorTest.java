package org.tlang.memory.arena;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class ArenaAllocatorTest {
    static ArenaAllocator.Config config(int chunkBytes) {
        return new ArenaAllocator.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return ArenaAllocator.Config.class;
            }

            @Override
            public int chunk$_$bytes() {
                return chunkBytes;
            }

            @Override
            public long max$_$bytes() {
                return 0;
            }
        };
    }

    final ArenaAllocator arena = new ArenaAllocator(config(64 * 1024));

    private <T> T inTask(Callable<T> work) throws Exception {
        return arena.around(work).call();
    }

    @Test
    void aTaskBumpsItsSegmentsOutOfOneChunkAndFreesItWhenItEnds() throws Exception {
        List<MemorySegment> seen = new ArrayList<>();
        inTask(() -> {
            for (int i = 0; i < 8; i++) {
                MemorySegment s = arena.allocate(4096, 64);
                assertEquals(0, s.address() % 64);
                assertEquals(0, s.get(ValueLayout.JAVA_LONG, 0), "zeroed");
                seen.add(s);
            }
            assertEquals(seen.get(0).address() + 4096, seen.get(1).address(), "bumped, one after the other");
            assertEquals(1L, arena.metrics().get("chunks"));
            for (MemorySegment s : seen) arena.release(s);
            assertTrue(seen.getFirst().scope().isAlive(), "the task's chunk lives until the task ends");
            return null;
        });
        assertFalse(seen.getFirst().scope().isAlive(), "freed at once when the task ended");
        assertEquals(0L, arena.stats().bytesReserved());
    }

    @Test
    void aSegmentHandedOnOutlivesItsTaskUntilReleased() throws Exception {
        MemorySegment kept = inTask(() -> arena.allocate(1000, 8));
        assertTrue(kept.scope().isAlive(), "handed on: its chunk waits for it");
        kept.set(ValueLayout.JAVA_BYTE, 999, (byte) 7);
        arena.release(kept);
        assertFalse(kept.scope().isAlive());
    }

    @Test
    void aFullChunkIsSealedAndANewOneTaken() throws Exception {
        inTask(() -> {
            List<MemorySegment> all = new ArrayList<>();
            for (int i = 0; i < 20; i++) all.add(arena.allocate(8192, 8));
            assertEquals(3L, arena.metrics().get("chunks"), "8 segments of 8 KiB per 64 KiB chunk");
            all.forEach(arena::release);
            return null;
        });
        assertEquals(0L, arena.stats().bytesReserved());
    }

    @Test
    void largeRequestsGetAChunkOfTheirOwnFreedAtRelease() throws Exception {
        inTask(() -> {
            MemorySegment big = arena.allocate(200_000, 8);
            assertEquals(200_000, big.byteSize());
            arena.release(big);
            assertFalse(big.scope().isAlive(), "nothing else lives in its chunk");
            return null;
        });
    }

    @Test
    void outsideAnyTaskTheSharedRegionServes() {
        MemorySegment a = arena.allocate(100, 8);
        MemorySegment b = arena.allocate(100, 8);
        arena.release(a);
        arena.release(b);
        assertTrue(b.scope().isAlive(), "the shared region's current chunk stays for the next allocation");
        assertThrows(IllegalArgumentException.class, () -> arena.release(a));
    }

    @Test
    void eachTaskHasARegionOfItsOwn() throws Exception {
        MemorySegment one = inTask(() -> arena.allocate(100, 8));
        MemorySegment two = inTask(() -> arena.allocate(100, 8));
        assertFalse(one.address() + 100 == two.address(), "not bumped from one chunk");
        assertEquals(2L, arena.metrics().get("regions"));
        arena.release(one);
        arena.release(two);
        assertEquals(0L, arena.stats().bytesReserved());
    }

    @Test
    void settingsOutOfRangeAreRefusedAtActivation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ArenaAllocator(config(100)));
        assertEquals("allocator.chunk-bytes must be between 4096 and 1073741824, got 100", e.getMessage());
    }
}
