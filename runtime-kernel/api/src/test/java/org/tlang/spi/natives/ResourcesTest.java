package org.tlang.spi.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.StructShape;
import org.tlang.runtime.StructValue;
import org.tlang.runtime.Tuple;
import org.tlang.runtime.Vec;

class ResourcesTest {
    static final StructShape HANDLE = new StructShape("test.Handle", "Handle", List.of("id", "name"), "JA");
    static final StructShape NODE = new StructShape("test.Node", "Node", List.of("value", "next"), "AA");

    final Resources resources = new Resources();

    ResourcesTest() {
        resources.handle("test.Handle", List.of("id"));
    }

    /** A resource that says whether it was closed. */
    static final class Probe implements AutoCloseable {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Runs {@code work} as a task of {@code resources} spawned from {@code parent}'s task (null: from outside any task). */
    static <T> T inTask(Resources resources, Callable<T> work, Object handedOn) throws Exception {
        return resources.task(work, handedOn).call();
    }

    @Test
    void whatATaskLeavesOpenClosesWhenItEnds() throws Exception {
        Probe p = new Probe();
        inTask(resources, () -> resources.add(p), null);
        assertTrue(p.closed);
        assertEquals(0, resources.count());
    }

    @Test
    void whatItReturnsAtAnyDepthGoesToTheTaskThatReceivesIt() throws Exception {
        Probe p = new Probe();
        Object result = resources.main(() -> {
            Object got = inTask(resources, () -> {
                Vec v = new Vec();
                v.add(new Tuple(new Object[] {1L, EnumValue.some(HANDLE.make(resources.add(p), "file"))}));
                return v;
            }, null);
            return Resources.received(got);
        }).call();
        assertFalse(p.closed, "main received it");
        StructValue h = (StructValue) ((EnumValue) ((Tuple) ((Vec) result).get(0)).get(1)).single();
        assertNotNull(resources.get(h.getLong(0), Probe.class));
    }

    @Test
    void whatItSendsIsTheReceiversAndWhatItCapturesTheNewTasks() throws Exception {
        Probe sent = new Probe();
        Probe captured = new Probe();
        resources.main(() -> inTask(resources, () -> {
            Resources.sent(HANDLE.make(resources.add(sent), "sent"));
            return null;
        }, null)).call();
        assertFalse(sent.closed, "in transit until someone receives it: the program's until it stops");
        resources.main(() -> {
            StructValue h = HANDLE.make(resources.add(captured), "captured");
            inTask(resources, () -> null, new Object[] {h});
            return null;
        }).call();
        assertTrue(captured.closed, "the task that captured it ended");
        resources.closeAll();
        assertTrue(sent.closed);
    }

    @Test
    void whatAStaticKeepsIsTheProgramsAndANamedOneIsNeverATasks() throws Exception {
        List<Object> statics = new ArrayList<>();
        resources.statics(() -> statics);
        Probe kept = new Probe();
        Probe named = new Probe();
        inTask(resources, () -> {
            statics.add(HANDLE.make(resources.add(kept), "kept"));
            return resources.named("stdout", () -> named);
        }, null);
        assertFalse(kept.closed);
        assertFalse(named.closed);
        resources.closeAll();
        assertTrue(kept.closed && named.closed);
    }

    @Test
    void theSearchFollowsLongChainsAndCyclesWithoutOverflowing() throws Exception {
        Probe p = new Probe();
        Object found = resources.main(() -> Resources.received(inTask(resources, () -> {
            StructValue head = NODE.make(HANDLE.make(resources.add(p), "deep"), null);
            StructValue tail = head;
            for (int i = 0; i < 200_000; i++) tail = NODE.make(1L, tail);
            head.set(1, tail); // a cycle back to the end of the chain
            return tail;
        }, null))).call();
        assertNotNull(found);
        assertFalse(p.closed, "found 200,000 links deep, past a cycle");
    }

    /** A collector that writes down what it is told, and keeps everything open until T code closes it. */
    static final class Recording implements org.tlang.spi.memory.Collector {
        final List<String> told = new ArrayList<>();

        private static String who(Object owner) {
            return owner == PROGRAM ? "program" : owner == IN_TRANSIT ? "transit" : "task";
        }

        @Override
        public synchronized void track(Object owner, AutoCloseable resource) {
            told.add("track " + who(owner));
        }

        @Override
        public long live() {
            return 0;
        }

        @Override
        public synchronized void handedOn(AutoCloseable resource, Object from, Object to) {
            told.add("handedOn " + who(from) + " -> " + who(to));
        }

        @Override
        public synchronized void heldBy(AutoCloseable resource, Object holder) {
            told.add("heldBy " + ((StructValue) holder).shape().simpleName());
        }

        @Override
        public synchronized void ended(Object owner, List<AutoCloseable> owned) {
            told.add("ended " + who(owner) + " owning " + owned.size());
        }

        @Override
        public synchronized boolean closing(Object owner, AutoCloseable resource) {
            told.add("closing by " + who(owner));
            return false;
        }

        @Override
        public synchronized void closed(AutoCloseable resource) {
            told.add("closed");
        }

        @Override
        public synchronized void stopped(List<AutoCloseable> leftOpen) {
            told.add("stopped with " + leftOpen.size());
        }
    }

    @Test
    void theCollectorIsToldEveryStepAndDecidesWhenItCloses() throws Exception {
        Recording collector = new Recording();
        Resources books = new Resources(collector);
        books.handle("test.Handle", List.of("id"));
        Probe p = new Probe();
        books.main(() -> {
            Object got = Resources.received(books.task(() -> {
                StructValue h = HANDLE.make(books.add(p), "file");
                books.made(h);
                return h;
            }, null).call());
            assertTrue(books.close(((StructValue) got).getLong(0)), "open: the collector kept it");
            return null;
        }).call();
        assertFalse(p.closed, "the task's end and close() both left it to the collector, which kept it");
        books.closeAll();
        assertTrue(p.closed);
        assertEquals(List.of("track task", "heldBy Handle", "handedOn task -> transit", "ended task owning 0", "handedOn transit -> task",
                "closing by task", "stopped with 1", "closed"), collector.told);
    }
}
