package org.tlang.spi.natives;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.tlang.runtime.StructValue;
import org.tlang.spi.memory.Collector;
import org.tlang.spi.memory.UnboundCollector;

/**
 * The resources one program has open (files, sockets, child processes), by the id its T values
 * carry, and which task owns each. A resource belongs to the task that opened it until that task
 * hands it on (returns it, sends it on a channel, or spawns a task that captures it); it closes
 * when T code closes it, when its owner ends without handing it on, or when the program stops.
 * Resources opened outside any task of the program (by a server's own threads, in the REPL) and
 * the named ones (stdout) belong to the program. Thread-safe: the program's tasks share it.
 *
 * <p>That is who owns what; when a resource closes is the {@link Collector}'s decision, which this
 * tells every step (opened, handed on, held by a T value, its owner ended, T code closing it, the
 * program stopping). The named ones are the runtime's and no collector's.
 */
public final class Resources {
    /** The running task's owner, bound at the root of each task (see {@link #task}). */
    private static final ScopedValue<Owner> OWNER = ScopedValue.newInstance();
    /** The holder of what was handed on and not received yet. */
    private static final Owner IN_TRANSIT = new Owner(null);

    private final Collector collector;
    private final Map<Long, Held> open = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong(1);
    private final Map<String, Long> named = new ConcurrentHashMap<>();
    private final HandleScan handles = new HandleScan();
    private final AtomicInteger inTransit = new AtomicInteger();
    /** The values of the program's statics: what a task keeps there is the program's. */
    private volatile Supplier<? extends Collection<?>> statics = List::of;

    /** Resources whose lifetime the SPI's default policy decides (region: freed with the task that owns them). */
    public Resources() {
        this(UnboundCollector.INSTANCE);
    }

    /** @param collector decides when what this program opens closes (the kernel's router to the collector bound) */
    public Resources(Collector collector) {
        this.collector = collector;
    }

    /** What a task owns: the ids of the resources it holds now. */
    public static final class Owner {
        private final Resources resources;
        /** Made with the first resource: most tasks never open one. */
        private Set<Long> ids;
        /** Whether it ever held one: only then does its end concern the collector. */
        private volatile boolean held;

        private Owner(Resources resources) {
            this.resources = resources;
        }

        private synchronized void take(long id) {
            if (ids == null) ids = new HashSet<>();
            ids.add(id);
            held = true;
        }

        private synchronized void drop(long id) {
            if (ids != null) ids.remove(id);
        }

        private synchronized int count() {
            return ids == null ? 0 : ids.size();
        }

        private synchronized List<Long> held() {
            return ids == null ? List.of() : List.copyOf(ids);
        }

        @Override
        public String toString() {
            return this == IN_TRANSIT ? "a channel (sent, not received)" : "a task";
        }
    }

    /** One open resource as the books and the collector see it; closing it frees it (the collector's closer). */
    private final class Held implements AutoCloseable {
        final long id;
        final AutoCloseable resource;
        /** False for a named one: the runtime's, no collector's. */
        final boolean tracked;
        /** A task's owner, {@link #IN_TRANSIT}, or null for the program; changed under this Held's lock. */
        volatile Owner owner;

        Held(long id, AutoCloseable resource, Owner owner, boolean tracked) {
            this.id = id;
            this.resource = resource;
            this.owner = owner;
            this.tracked = tracked;
        }

        @Override
        public void close() throws Exception {
            free(id);
        }

        @Override
        public String toString() {
            return "resource " + id + " (" + resource + ")";
        }
    }

    /**
     * Declares the native struct {@code struct} (qualified: {@code std.net.TcpStream}) a handle
     * whose Int fields {@code idFields} are ids of resources here: how a value handed on is searched.
     */
    public void handle(String struct, List<String> idFields) {
        handles.declare(struct, idFields);
    }

    /** Where the values of the program's statics are read (a resource kept in a static belongs to the program). */
    public void statics(Supplier<? extends Collection<?>> values) {
        statics = values;
    }

    /** Takes {@code resource} into the care of the running task (or the program, outside any); returns its id. */
    public long add(AutoCloseable resource) {
        return add(resource, ownerHere());
    }

    private long add(AutoCloseable resource, Owner owner) {
        long id = next.getAndIncrement();
        Held h = new Held(id, resource, owner, true);
        open.put(id, h);
        if (owner != null) owner.take(id);
        collector.track(holder(owner), h);
        return id;
    }

    /** The id of the one resource called {@code name} (the program's stdout, say), opened by {@code open} on first use; the program's. */
    public long named(String name, Supplier<? extends AutoCloseable> open) {
        return named.computeIfAbsent(name, n -> {
            long id = next.getAndIncrement();
            this.open.put(id, new Held(id, open.get(), null, false));
            return id;
        });
    }

    /**
     * {@code value}, a handle struct ({@link #handle}), was just made: each open resource it holds
     * is held by it, which a tracing collector watches. Called by the interpreter as a native
     * module's T code makes one (its {@code File { id: .. }}).
     */
    public void made(StructValue value) {
        handles.forEachOwnId(value, id -> {
            Held h = open.get(id);
            if (h != null && h.tracked) collector.heldBy(h, value);
        });
    }

    /** Whether values of struct {@code struct} (qualified) are declared handles. */
    public boolean isHandle(String struct) {
        return handles.declares(struct);
    }

    /** The open resource {@code id} if it is a {@code type}; null if it was closed (or never was one). */
    public <T> T get(long id, Class<T> type) {
        Held h = open.get(id);
        return h != null && type.isInstance(h.resource) ? type.cast(h.resource) : null;
    }

    /**
     * T code closes resource {@code id}: it closes now unless the collector says other holders keep
     * it (reference counting: this one's reference is released). False if it was closed already. A
     * failure to close passes on.
     */
    public boolean close(long id) throws Exception {
        Held h = open.get(id);
        if (h == null) return false;
        if (h.tracked && !collector.closing(holder(ownerHere()), h)) return true;
        return free(id);
    }

    /** Closes resource {@code id} and takes it off the books; false if it was closed already. */
    private boolean free(long id) throws Exception {
        Held h = open.remove(id);
        if (h == null) return false;
        synchronized (h) {
            release(id, h);
        }
        if (h.tracked) collector.closed(h);
        h.resource.close();
        return true;
    }

    /** How many are open. */
    public int count() {
        return open.size();
    }

    /** Closes every resource still open (the program stopped), having shown the collector which; failures to close are ignored. */
    public void closeAll() {
        List<AutoCloseable> left = open.values().stream().filter(h -> h.tracked).map(h -> (AutoCloseable) h).toList();
        if (!left.isEmpty()) collector.stopped(left);
        for (Long id : open.keySet()) closeQuietly(id);
    }

    /**
     * {@code work} as the root of a new task of this program: the task owns what it opens, and
     * what {@code handedOn} holds (a closure's captures, an async call's arguments) that the
     * spawning task owns becomes the new task's now. When the task ends, what its result holds is
     * handed on to the task that joins it, and the rest of what it owns is closed.
     */
    public <T> Callable<T> task(Callable<T> work, Object handedOn) {
        Owner parent = ownerHere();
        Owner child = new Owner(this);
        if (parent != null && handedOn != null) move(handedOn, parent, child);
        return () -> ScopedValue.where(OWNER, child).call(() -> {
            try {
                T result = work.call();
                move(result, child, IN_TRANSIT);
                return result;
            } finally {
                // only a task that leaves something open pays for looking through the statics
                if (child.count() > 0) move(statics.get(), child, null);
                if (child.held) {
                    List<AutoCloseable> owned = new ArrayList<>();
                    for (Long id : child.held()) {
                        Held h = open.get(id);
                        if (h != null && h.owner == child) owned.add(h);
                    }
                    collector.ended(child, owned);
                }
            }
        });
    }

    /**
     * {@code work} as the program's main task: what it opens and does not hand on belongs to the
     * program (it closes when the program stops, not when main returns, as servers outlive it).
     */
    public <T> Callable<T> main(Callable<T> work) {
        Owner main = new Owner(this);
        return () -> ScopedValue.where(OWNER, main).call(work::call);
    }

    /** {@code value} was sent on a channel: what it holds that the sending task owns is in transit. */
    public static void sent(Object value) {
        Owner o = running();
        if (o != null && o.count() > 0) o.resources.move(value, o, IN_TRANSIT);
    }

    /**
     * {@code value} was received (from a channel, or as a joined task's result): what it holds in
     * transit is now the receiving task's. Returns {@code value}.
     */
    public static <T> T received(T value) {
        Owner o = running();
        if (o != null && value != null && o.resources.inTransit.get() > 0) o.resources.move(value, IN_TRANSIT, o);
        return value;
    }

    /** The owner of the running task if it is a task of this program; else null (the program's). */
    private Owner ownerHere() {
        Owner o = running();
        return o != null && o.resources == this ? o : null;
    }

    /** The running task's owner, of whichever program; null outside any task. */
    private static Owner running() {
        return OWNER.isBound() ? OWNER.get() : null;
    }

    /** Moves each resource {@code value} holds from {@code from} to {@code to} (null: the program). */
    private void move(Object value, Owner from, Owner to) {
        int wanted = from == IN_TRANSIT ? inTransit.get() : from.count();
        if (wanted == 0 || value == null) return;
        handles.forEachId(value, wanted, id -> {
            Held h = open.get(id);
            if (h == null) return false;
            synchronized (h) {
                if (h.owner != from) return false;
                release(id, h);
                h.owner = to;
                if (to == IN_TRANSIT) inTransit.incrementAndGet();
                else if (to != null) to.take(id);
                collector.handedOn(h, holder(from), holder(to));
            }
            return true;
        });
    }

    /** {@code owner} as the collector sees it. */
    private static Object holder(Owner owner) {
        return owner == null ? Collector.PROGRAM : owner == IN_TRANSIT ? Collector.IN_TRANSIT : owner;
    }

    /** Takes {@code id} off its holder's books; the caller holds {@code h}'s lock. */
    private void release(long id, Held h) {
        if (h.owner == IN_TRANSIT) inTransit.decrementAndGet();
        else if (h.owner != null) h.owner.drop(id);
    }

    private void closeQuietly(long id) {
        try {
            free(id);
        } catch (Exception e) {
            // nobody is left to tell: its owner ended or the program stopped
        }
    }
}
