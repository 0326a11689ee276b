package org.tlang.std.sync;

import java.lang.invoke.MethodHandles;
import org.osgi.service.component.annotations.Component;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.PanicException;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeModule;

/**
 * {@code std.sync}: shared state for tasks that run at the same time (HTTP handlers, spawned
 * tasks). A {@code Mutex<T>} holds a value that is only touched while holding its lock; a
 * {@code Lock} guards other state (a {@code static mut}); an {@code AtomicInt} is a counter.
 * Everything rests on one native function, {@code locked(on, f)}: it runs {@code f} while holding
 * the monitor of the object {@code on} (JDK 24+ virtual threads do not pin on monitors).
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

            /// An Int counter that concurrent tasks change without losing an update.
            pub struct AtomicInt { value: Int }

            impl AtomicInt {
                pub fn new(value: Int) -> AtomicInt { AtomicInt { value: value } }
                pub fn get(self) -> Int { locked(self, || self.value) }
                pub fn set(self, value: Int) { locked(self, || { self.value = value; }) }
                /// Adds `n` and returns the new value.
                pub fn add(self, n: Int) -> Int { locked(self, || { self.value += n; self.value }) }
                /// Sets the value to `new` if it is `expected`; says whether it did.
                pub fn compare_and_set(self, expected: Int, new: Int) -> Bool {
                    locked(self, || if self.value == expected { self.value = new; true } else { false })
                }
            }
            """;

    public SyncModule() {
        super("std.sync", SOURCE, MethodHandles.lookup());
        function("locked", "fn(L, fn() -> R) -> R", "locked");
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
}
