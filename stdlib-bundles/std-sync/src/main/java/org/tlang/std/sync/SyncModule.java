package org.tlang.std.sync;

import java.lang.invoke.MethodHandles;
import org.osgi.service.component.annotations.Component;
import org.tlang.runtime.Cancellation;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.PanicException;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeModule;

/**
 * {@code std.sync}: shared state for tasks that run at the same time (HTTP handlers, spawned
 * tasks). A {@code Mutex<T>} holds a value that is only touched while holding its lock; a
 * {@code Lock} guards other state (a {@code static mut}); both rest on one native function,
 * {@code locked(on, f)}, which runs {@code f} holding the monitor of the object {@code on} (JDK 24+
 * virtual threads do not pin on monitors). The other types are T structs around a Java object
 * their native functions make ({@link AtomicCell}, {@link SharedLock}, {@link ConditionQueue},
 * {@link Permits}, {@link PendingCount}); its T type is an empty private struct, so T code can
 * pass it on but neither build nor open one.
 */
@Component(service = NativeModule.class)
public final class SyncModule extends JavaModule {
    static final String SOURCE = """
            /// A value shared by tasks: every access through these methods holds the mutex, one task at a time.
            /// (The field is reachable as `m.value`, which bypasses the lock: don't.)
            pub struct Mutex<T> { value: T }

            impl<T> Mutex<T> {
                pub fn new(value: T) -> Mutex<T> { Mutex { value: value } }
                /// Runs `f` on the value while holding the lock, and returns what it returns.
                pub fn with<R>(self, f: fn(T) -> R) -> R { locked(self, || f(self.value)) }
                pub fn get(self) -> T { locked(self, || self.value) }
                pub fn set(self, value: T) { locked(self, || { self.value = value; }) }
                /// Replaces the value with `f(value)` atomically; returns the new value.
                pub fn update(self, f: fn(T) -> T) -> T { locked(self, || { self.value = f(self.value); self.value }) }
            }

            /// A lock that guards state kept elsewhere, e.g. a `static mut` Map: every access goes through `with`.
            pub struct Lock { name: Str }

            impl Lock {
                pub fn new() -> Lock { Lock { name: "" } }
                /// Runs `f` while holding the lock (reentrant: `with` inside `with` on one task is fine).
                pub fn with<R>(self, f: fn() -> R) -> R { locked(self, f) }
            }

            /// An Int counter that concurrent tasks change without losing an update, lock-free.
            pub struct AtomicInt { value: AtomicCell }
            /// The Java AtomicLong an AtomicInt is (made only by `atomic`).
            struct AtomicCell {}

            impl AtomicInt {
                pub fn new(value: Int) -> AtomicInt { AtomicInt { value: atomic(value) } }
                pub fn get(self) -> Int { atomic_get(self.value) }
                pub fn set(self, value: Int) { atomic_set(self.value, value) }
                /// Adds `n` and returns the new value.
                pub fn add(self, n: Int) -> Int { atomic_add(self.value, n) }
                /// Sets the value to `new` if it is `expected`; says whether it did.
                pub fn compare_and_set(self, expected: Int, new: Int) -> Bool { atomic_cas(self.value, expected, new) }
            }

            /// A value many tasks may read at once, and one at a time may write.
            pub struct RwLock<T> { value: T, lock: SharedLock }
            /// The Java ReentrantReadWriteLock of an RwLock (made only by `rw_lock`).
            struct SharedLock {}

            impl<T> RwLock<T> {
                pub fn new(value: T) -> RwLock<T> { RwLock { value: value, lock: rw_lock() } }
                /// Runs `f` on the value holding the lock shared with other readers.
                pub fn read<R>(self, f: fn(T) -> R) -> R { rw_read(self.lock, || f(self.value)) }
                /// Runs `f` on the value holding the lock alone.
                pub fn write<R>(self, f: fn(T) -> R) -> R { rw_write(self.lock, || f(self.value)) }
                /// As `read`, waiting at most `ms` milliseconds for the lock: None if that time ran out (and `f` did not run).
                pub fn read_timeout<R>(self, f: fn(T) -> R, ms: Int) -> Option<R> { rw_read_timeout(self.lock, || f(self.value), ms) }
                /// As `write`, waiting at most `ms` milliseconds for the lock: None if that time ran out (and `f` did not run).
                pub fn write_timeout<R>(self, f: fn(T) -> R, ms: Int) -> Option<R> { rw_write_timeout(self.lock, || f(self.value), ms) }
                pub fn get(self) -> T { rw_read(self.lock, || self.value) }
                pub fn set(self, value: T) { rw_write(self.lock, || { self.value = value; }) }
                /// Replaces the value with `f(value)` holding the write lock; returns the new value.
                pub fn update(self, f: fn(T) -> T) -> T { rw_write(self.lock, || { self.value = f(self.value); self.value }) }
            }

            /// Tasks waiting, inside a Lock's or Mutex's `with`, until another task notifies them.
            pub struct Condvar { waiting: ConditionQueue }
            struct ConditionQueue {}

            impl Condvar {
                pub fn new() -> Condvar { Condvar { waiting: condvar() } }
                /// Releases `lock` (a Lock or Mutex this task holds), waits for a notify, takes the lock again.
                /// It may also wake without one: wait in a loop that checks the condition.
                pub fn wait<L>(self, lock: L) { condvar_wait(self.waiting, lock) }
                /// As `wait`, for at most `ms` milliseconds; false if that time ran out.
                pub fn wait_timeout<L>(self, lock: L, ms: Int) -> Bool { condvar_wait_timeout(self.waiting, lock, ms) }
                pub fn notify_one(self) { condvar_notify(self.waiting) }
                pub fn notify_all(self) { condvar_notify(self.waiting) }
            }

            /// A number of permits: `acquire` takes one, waiting while there is none; `release` gives one back.
            pub struct Semaphore { permits: Permits }
            struct Permits {}

            impl Semaphore {
                pub fn new(permits: Int) -> Semaphore { Semaphore { permits: semaphore(permits) } }
                pub fn acquire(self) { semaphore_acquire(self.permits) }
                /// As `acquire`, waiting at most `ms` milliseconds; false if that time ran out (no permit taken).
                pub fn acquire_timeout(self, ms: Int) -> Bool { semaphore_acquire_timeout(self.permits, ms) }
                /// Takes a permit if one is free now; says whether it did.
                pub fn try_acquire(self) -> Bool { semaphore_try_acquire(self.permits) }
                pub fn release(self) { semaphore_release(self.permits) }
            }

            /// Waits for a number of tasks: `add(n)` before starting them, `done()` as each ends, `wait()` for all.
            pub struct WaitGroup { pending: PendingCount }
            struct PendingCount {}

            impl WaitGroup {
                pub fn new() -> WaitGroup { WaitGroup { pending: wait_group() } }
                pub fn add(self, n: Int) { wait_group_add(self.pending, n) }
                /// One task is done; a `done` without a matching `add` panics.
                pub fn done(self) { wait_group_add(self.pending, -1) }
                /// Blocks until every task added is done.
                pub fn wait(self) { wait_group_wait(self.pending) }
                /// As `wait`, for at most `ms` milliseconds; false if that time ran out with tasks still to finish.
                pub fn wait_timeout(self, ms: Int) -> Bool { wait_group_wait_timeout(self.pending, ms) }
            }
            """;

    public SyncModule() {
        super("std.sync", SOURCE, MethodHandles.lookup());
        function("locked", "fn(L, fn() -> R) -> R", "locked");
        function("atomic", "fn(Int) -> AtomicCell", "atomic");
        function("atomic_get", "fn(AtomicCell) -> Int", "atomicGet");
        function("atomic_set", "fn(AtomicCell, Int)", "atomicSet");
        function("atomic_add", "fn(AtomicCell, Int) -> Int", "atomicAdd");
        function("atomic_cas", "fn(AtomicCell, Int, Int) -> Bool", "atomicCas");
        function("rw_lock", "fn() -> SharedLock", "rwLock");
        function("rw_read", "fn(SharedLock, fn() -> R) -> R", "rwRead");
        function("rw_write", "fn(SharedLock, fn() -> R) -> R", "rwWrite");
        function("rw_read_timeout", "fn(SharedLock, fn() -> R, Int) -> Option<R>", "rwReadTimeout");
        function("rw_write_timeout", "fn(SharedLock, fn() -> R, Int) -> Option<R>", "rwWriteTimeout");
        function("condvar", "fn() -> ConditionQueue", "condvar");
        function("condvar_wait", "fn(ConditionQueue, L)", "condvarWait");
        function("condvar_wait_timeout", "fn(ConditionQueue, L, Int) -> Bool", "condvarWaitTimeout");
        function("condvar_notify", "fn(ConditionQueue)", "condvarNotify");
        function("semaphore", "fn(Int) -> Permits", "semaphore");
        function("semaphore_acquire", "fn(Permits)", "semaphoreAcquire");
        function("semaphore_acquire_timeout", "fn(Permits, Int) -> Bool", "semaphoreAcquireTimeout");
        function("semaphore_try_acquire", "fn(Permits) -> Bool", "semaphoreTryAcquire");
        function("semaphore_release", "fn(Permits)", "semaphoreRelease");
        function("wait_group", "fn() -> PendingCount", "waitGroup");
        function("wait_group_add", "fn(PendingCount, Int)", "waitGroupAdd");
        function("wait_group_wait", "fn(PendingCount)", "waitGroupWait");
        function("wait_group_wait_timeout", "fn(PendingCount, Int) -> Bool", "waitGroupWaitTimeout");
    }

    /**
     * Runs {@code f} holding the monitor of {@code on}, which must be a reference with identity (a
     * struct, Vec, Map or Set), not an Int, Float, Bool or Str.
     */
    public static Object locked(Object on, Object f) {
        if (on instanceof Number || on instanceof Boolean || on instanceof String) {
            throw new PanicException("sync.locked needs a struct, Vec, Map or Set to lock on, not " + on);
        }
        synchronized (on) {
            return ((FnValue) f).call(new Object[0]);
        }
    }

    /** The panic of a task interrupted (cancelled) while it waited; the thread stays interrupted. */
    static PanicException interrupted() {
        Thread.currentThread().interrupt();
        return Cancellation.interrupted();
    }

    static Object atomic(long value) {
        return new AtomicCell(value);
    }

    static long atomicGet(Object cell) {
        return ((AtomicCell) cell).get();
    }

    static void atomicSet(Object cell, long value) {
        ((AtomicCell) cell).set(value);
    }

    static long atomicAdd(Object cell, long n) {
        return ((AtomicCell) cell).addAndGet(n);
    }

    static boolean atomicCas(Object cell, long expected, long value) {
        return ((AtomicCell) cell).compareAndSet(expected, value);
    }

    static Object rwLock() {
        return new SharedLock();
    }

    static Object rwRead(Object lock, Object f) {
        return ((SharedLock) lock).read((FnValue) f);
    }

    static Object rwWrite(Object lock, Object f) {
        return ((SharedLock) lock).write((FnValue) f);
    }

    static Object rwReadTimeout(Object lock, Object f, long ms) {
        return ((SharedLock) lock).read((FnValue) f, ms);
    }

    static Object rwWriteTimeout(Object lock, Object f, long ms) {
        return ((SharedLock) lock).write((FnValue) f, ms);
    }

    static Object condvar() {
        return new ConditionQueue();
    }

    static void condvarWait(Object queue, Object lock) {
        ((ConditionQueue) queue).await(lock);
    }

    static boolean condvarWaitTimeout(Object queue, Object lock, long ms) {
        return ((ConditionQueue) queue).await(lock, ms);
    }

    static void condvarNotify(Object queue) {
        ((ConditionQueue) queue).wake();
    }

    static Object semaphore(long permits) {
        if (permits < 0 || permits > Integer.MAX_VALUE) {
            throw new PanicException("Semaphore::new needs 0 <= permits <= " + Integer.MAX_VALUE + ", got " + permits);
        }
        return new Permits(permits);
    }

    static void semaphoreAcquire(Object permits) {
        ((Permits) permits).acquire();
    }

    static boolean semaphoreAcquireTimeout(Object permits, long ms) {
        return ((Permits) permits).acquire(ms);
    }

    static boolean semaphoreTryAcquire(Object permits) {
        return ((Permits) permits).tryAcquire();
    }

    static void semaphoreRelease(Object permits) {
        ((Permits) permits).release();
    }

    static Object waitGroup() {
        return new PendingCount();
    }

    static void waitGroupAdd(Object count, long n) {
        ((PendingCount) count).add(n);
    }

    static void waitGroupWait(Object count) {
        ((PendingCount) count).await();
    }

    static boolean waitGroupWaitTimeout(Object count, long ms) {
        return ((PendingCount) count).await(ms);
    }
}
