package org.tlang.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import org.tlang.tir.Pos;

/**
 * Sees the heap running out before the JVM says so. Near its limit the JVM collects garbage again
 * and again before it gives up with an OutOfMemoryError (over a minute for a 6 GB heap on two
 * cores), so a T program that keeps allocating would seem to hang. The kernel asks the JVM to tell
 * it when a collection leaves the long-lived pool more than {@link #LIMIT} full; from then until a
 * collection leaves it below that again, T code that reaches a {@link Safepoint#poll} panics
 * {@code out of memory}. The task that keeps allocating is in a loop, so it stops within a poll,
 * and its memory becomes garbage. Tasks that run short code do not poll and go on; a long loop
 * that polls in that window stops too.
 */
public final class HeapWatch {
    /** The share of the long-lived pool still in use after a collection that counts as exhausted. */
    static final double LIMIT = 0.9;

    private static final NotificationListener LISTENER = HeapWatch::notified;
    /** The pool that was over its threshold after a collection, until a poll sees it below; else null. */
    private static volatile MemoryPoolMXBean over;
    private static boolean installed;
    /** One more for every {@link #installSoon} and {@link #uninstall}: an install that waited past an uninstall does nothing. */
    private static long generation;

    private HeapWatch() {}

    /** Starts watching the heap, if the JVM's collector reports usage after collection; again is harmless. */
    public static synchronized void install() {
        if (installed) return;
        boolean watching = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (isLongLived(pool) && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * LIMIT));
                watching = true;
            }
        }
        if (!watching) return;
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener(LISTENER, null, null);
        installed = true;
    }

    /**
     * {@link #install} on a thread of its own, off the runtime's start-up path (the JVM's memory
     * pools take tens of milliseconds to reach the first time); an {@link #uninstall} before it ran
     * leaves it undone.
     */
    public static synchronized void installSoon() {
        long ticket = ++generation;
        Thread.ofPlatform().daemon().name("tlang-heap-watch").start(() -> {
            synchronized (HeapWatch.class) {
                if (generation == ticket) install();
            }
        });
    }

    /** Stops watching (the runtime stops; another one in this JVM installs its own). */
    public static synchronized void uninstall() {
        generation++;
        if (!installed) return;
        try {
            ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).removeNotificationListener(LISTENER);
        } catch (ListenerNotFoundException e) {
            // already gone
        }
        installed = false;
        over = null;
    }

    /**
     * Panics {@code out of memory} at {@code line}:{@code column} while the last collection left
     * the heap over its limit.
     */
    static void check(int line, int column) {
        MemoryPoolMXBean pool = over;
        if (pool == null) return;
        if (pool.isCollectionUsageThresholdExceeded()) throw new PanicException(PanicException.OUT_OF_MEMORY, new Pos(line, column));
        over = null;
    }

    private static void notified(Notification n, Object handback) {
        if (!n.getType().equals(MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED)) return;
        String name = MemoryNotificationInfo.from((javax.management.openmbean.CompositeData) n.getUserData()).getPoolName();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals(name) && isLongLived(pool)) over = pool;
        }
    }

    /** The heap pool objects end in when they live on (G1, Parallel, ZGC: "Old", Serial: "Tenured", Shenandoah: one pool). */
    private static boolean isLongLived(MemoryPoolMXBean pool) {
        String name = pool.getName();
        return pool.getType() == MemoryType.HEAP
                && (name.contains("Old") || name.contains("Tenured") || name.contains("Shenandoah"));
    }
}
