package org.tlang.collector.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlang.runtime.StructShape;
import org.tlang.runtime.StructValue;
import org.tlang.spi.natives.Resources;

class RegionCollectorTest {
    static final StructShape HANDLE = new StructShape("test.Handle", "Handle", List.of("id"), "J");

    static RegionCollector.Config config() {
        return new RegionCollector.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return RegionCollector.Config.class;
            }

            @Override
            public boolean report$_$leaks() {
                return true;
            }
        };
    }

    final RegionCollector region = new RegionCollector(config());
    final Resources resources = new Resources(region);

    RegionCollectorTest() {
        resources.handle("test.Handle", List.of("id"));
    }

    static final class Probe implements AutoCloseable {
        volatile boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void whatATaskOpensClosesWhenItEndsEvenIfAValueStillHoldsIt() throws Exception {
        Probe p = new Probe();
        StructValue[] kept = new StructValue[1];
        resources.task(() -> {
            kept[0] = HANDLE.make(resources.add(p));
            resources.made(kept[0]);
            return null;
        }, null).call();
        assertTrue(p.closed, "its region ended; the value kept outside its result does not count");
        assertEquals(0L, region.live());
        assertEquals(1L, region.metrics().get("freed-at-task-end"));
    }

    @Test
    void whatItHandsOnIsTheReceiversRegionsAndClosesWithIt() throws Exception {
        Probe p = new Probe();
        resources.main(() -> {
            Object got = Resources.received(resources.task(() -> HANDLE.make(resources.add(p)), null).call());
            assertFalse(p.closed, "returned: the joining task's now");
            resources.task(() -> null, new Object[] {got}).call();
            return null;
        }).call();
        assertTrue(p.closed, "captured by a task that ended");
        assertEquals(3L, region.metrics().get("handed-on"), "returned, received, captured");
    }

    @Test
    void whatTheProgramKeepsIsCountedAndClosedWhenItStops() throws Exception {
        Probe p = new Probe();
        resources.add(p); // outside any task: the program's
        assertEquals(1L, region.live());
        resources.closeAll();
        assertTrue(p.closed);
        assertEquals(1L, region.metrics().get("open-at-stop"));
        assertEquals(0L, region.live());
    }
}
