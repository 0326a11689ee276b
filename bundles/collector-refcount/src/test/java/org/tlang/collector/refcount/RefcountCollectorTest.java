package org.tlang.collector.refcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.tlang.runtime.StructShape;
import org.tlang.runtime.StructValue;
import org.tlang.spi.natives.Resources;

class RefcountCollectorTest {
    static final StructShape HANDLE = new StructShape("test.Handle", "Handle", List.of("id"), "J");

    static RefcountCollector.Config config() {
        return new RefcountCollector.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return RefcountCollector.Config.class;
            }

            @Override
            public boolean report$_$leaks() {
                return true;
            }
        };
    }

    final RefcountCollector refcount = new RefcountCollector(config());
    final Resources resources = new Resources(refcount);

    RefcountCollectorTest() {
        resources.handle("test.Handle", List.of("id"));
    }

    static final class Probe implements AutoCloseable {
        volatile boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    private <T> T task(Callable<T> work, Object handedOn) throws Exception {
        return resources.task(work, handedOn).call();
    }

    @Test
    void aResourceOnlyItsOpenerRetainsIsFreedWhenItEnds() throws Exception {
        Probe p = new Probe();
        task(() -> resources.add(p), null);
        assertTrue(p.closed);
        assertEquals(0L, refcount.live());
        assertEquals(1L, refcount.metrics().get("freed-at-zero"));
    }

    @Test
    void handingOnSharesItTheGiverKeepsItsReferenceUntilItEnds() throws Exception {
        Probe p = new Probe();
        task(() -> {
            StructValue h = HANDLE.make(resources.add(p));
            task(() -> null, new Object[] {h}); // a task that captured it, and ended
            assertFalse(p.closed, "the opener still retains it (under region the capturing task's end closed it)");
            assertNotNull(resources.get(h.getLong(0), Probe.class));
            return null;
        }, null);
        assertTrue(p.closed, "both holders ended: zero");
        assertEquals(2L, refcount.metrics().get("retains"));
        assertEquals(2L, refcount.metrics().get("releases"));
    }

    @Test
    void closeReleasesTheCallersReferenceOnly() throws Exception {
        Probe p = new Probe();
        List<Object> channel = new ArrayList<>();
        resources.main(() -> {
            StructValue h = HANDLE.make(resources.add(p));
            long id = h.getLong(0);
            Object got = Resources.received(task(() -> {
                assertTrue(resources.close(id), "open: the main task still retains it");
                assertFalse(p.closed);
                assertTrue(resources.close(id), "again: this task holds no reference, nothing happens");
                return null;
            }, new Object[] {h}));
            channel.add(got);
            assertFalse(p.closed, "main retains it");
            assertTrue(resources.close(id));
            assertTrue(p.closed, "main released the last reference");
            return null;
        }).call();
        assertEquals(0L, refcount.live());
    }

    @Test
    void whatATaskOrAChannelStillRetainsAtTheEndIsALeakWhatAStaticKeepsIsNot() throws Exception {
        List<Object> statics = new ArrayList<>();
        resources.statics(() -> statics);
        Probe opened = new Probe();
        Probe sent = new Probe();
        Probe kept = new Probe();
        resources.main(() -> {
            resources.add(opened); // main never closes it
            task(() -> {
                Resources.sent(HANDLE.make(resources.add(sent))); // never received
                statics.add(HANDLE.make(resources.add(kept)));
                return null;
            }, null);
            return null;
        }).call();
        assertFalse(opened.closed || sent.closed || kept.closed);
        resources.closeAll();
        assertTrue(opened.closed && sent.closed && kept.closed, "closed as the program stops");
        assertEquals(2L, refcount.metrics().get("leaks"));
        assertEquals(0L, refcount.live());
    }
}
