package org.tlang.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tlang.runtime.ProgramIo;
import org.tlang.spi.memory.QuotaExceededException;
import org.tlang.spi.scheduler.Scheduler;

class ProgramMemoryTest {
    /** A runtime whose allocator caps each program at {@code cap} bytes. */
    static final class CappedHost implements RuntimeHost {
        long cap;
        final AtomicInteger refused = new AtomicInteger();

        CappedHost(long cap) {
            this.cap = cap;
        }

        @Override
        public ProgramIo io() {
            return new ProgramIo(System.out, System.err);
        }

        @Override
        public Scheduler scheduler() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long memoryCap() {
            return cap;
        }

        @Override
        public void memoryRefused() {
            refused.incrementAndGet();
        }
    }

    @Test
    void eachProgramHasACapOfItsOwnOnOneSharedAllocator() {
        CappedHost host = new CappedHost(10_000);
        ProgramMemory one = new ProgramMemory(host);
        ProgramMemory two = new ProgramMemory(host);
        MemorySegment a = one.allocate(6000, 8);
        MemorySegment b = two.allocate(6000, 8); // 12,000 out in the runtime, 6,000 per program
        QuotaExceededException e = assertThrows(QuotaExceededException.class, () -> one.allocate(6000, 8));
        assertEquals("allocator quota exceeded: 6000 bytes asked with 6000 of max-bytes = 10000 in use", e.getMessage());
        assertEquals(1, host.refused.get());
        assertEquals(6000, one.held(), "a refusal takes nothing");
        one.release(a);
        one.release(one.allocate(10_000, 8));
        two.release(b);
        assertEquals(0, one.held() + two.held());
    }

    @Test
    void theCapInForceAtEachAllocationApplies() {
        CappedHost host = new CappedHost(0);
        ProgramMemory memory = new ProgramMemory(host);
        MemorySegment big = memory.allocate(50_000, 8);
        host.cap = 60_000; // an allocator with a cap swapped in
        assertThrows(QuotaExceededException.class, () -> memory.allocate(20_000, 8));
        memory.release(big);
        memory.release(memory.allocate(20_000, 8));
    }
}
