package org.tlang.collector.cleaner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.tlang.runtime.StructShape;
import org.tlang.runtime.StructValue;
import org.tlang.spi.natives.Resources;

class CleanerCollectorTest {
    static final StructShape HANDLE = new StructShape("test.Handle", "Handle", List.of("id"), "J");

    final CleanerCollector cleaner = new CleanerCollector();
    final Resources resources = new Resources(cleaner);

    CleanerCollectorTest() {
        resources.handle("test.Handle", List.of("id"));
    }

    static final class Probe implements AutoCloseable {
        volatile int closes;

        @Override
        public void close() {
            closes++;
        }
    }

    /** A handle of {@code p}, made as a native module's T code makes one. */
    private StructValue open(Probe p) {
        StructValue h = HANDLE.make(resources.add(p));
        resources.made(h);
        return h;
    }

    /** Runs the GC until {@code done} holds; false if it still does not after many collections. */
    private static boolean collectUntil(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
            System.gc();
            Thread.sleep(20);
        }
        return done.getAsBoolean();
    }

    @Test
    void aHandleStillReferencedOutlivesTheTaskThatOpenedIt() throws Exception {
        Probe p = new Probe();
        StructValue[] shared = new StructValue[1];
        resources.task(() -> shared[0] = open(p), null).call();
        System.gc();
        assertEquals(0, p.closes, "its task ended, but a value still holds it");
        assertEquals(1L, cleaner.live());
        assertTrue(shared[0] != null);
    }

    @Test
    void oneDroppedWithoutCloseIsClosedByTheGc() throws Exception {
        Probe p = new Probe();
        resources.task(() -> {
            open(p);
            return null;
        }, null).call();
        assertTrue(collectUntil(() -> p.closes == 1), "closed once its handle was unreachable");
        assertEquals(0L, cleaner.live());
        assertEquals(0, resources.count(), "off the program's books too");
        assertEquals(1L, cleaner.metrics().get("closed-unreachable"));
    }

    @Test
    void itClosesWhenItsLastHolderIsUnreachable() throws Exception {
        Probe p = new Probe();
        StructValue file = open(p);
        StructValue reader = HANDLE.make(file.getLong(0)); // File.reader(): another value holding it
        resources.made(reader);
        file = null;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(0, p.closes, "the reader still holds it");
        assertEquals(1, reader.size());
        reader = null;
        assertTrue(collectUntil(() -> p.closes == 1));
    }

    @Test
    void closedByTCodeItIsNotClosedAgainWhenItsHolderGoes() throws Exception {
        Probe p = new Probe();
        StructValue h = open(p);
        assertTrue(resources.close(h.getLong(0)));
        assertEquals(1, p.closes);
        assertEquals(0L, cleaner.live());
        h = null;
        System.gc();
        Thread.sleep(50);
        assertEquals(1, p.closes);
    }
}
