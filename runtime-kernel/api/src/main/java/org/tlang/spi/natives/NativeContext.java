package org.tlang.spi.natives;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.tlang.runtime.ProgramExit;
import org.tlang.runtime.ProgramIo;
import org.tlang.spi.io.IoDriver;
import org.tlang.spi.memory.Allocator;
import org.tlang.spi.scheduler.Task;
import org.tlang.spi.telemetry.Telemetry;

/**
 * What a Java function of a native module may reach of the program that calls it. A method whose
 * first parameter is a {@code NativeContext} receives the one of the program it is linked into
 * (the T signature leaves it out): {@code function("read", "fn(Str) -> Result<Bytes, IoError>", "read")}
 * for {@code static Object read(NativeContext cx, String path)}.
 */
public interface NativeContext {

    /** The program's stdout and stderr, where {@code print} writes. */
    ProgramIo streams();

    /** The program's standard input. */
    InputStream stdin();

    /** The arguments given to the program after its file. */
    List<String> args();

    /** The I/O driver bound now (each call goes to the one bound at that moment). */
    IoDriver io();

    /**
     * The allocator bound now, for the off-heap buffers std hands to I/O, as this program sees it:
     * what it holds counts against its {@code max-bytes}. Release each segment through it (it goes
     * back to the allocator that handed it out, also after a swap).
     */
    Allocator memory();

    /** Starts {@code work} as a task of the program on the bound scheduler. */
    <T> Task<T> spawn(Callable<T> work);

    /**
     * Null if the program may use {@code capability} ({@code fs.read}, {@code net}, ...) on
     * {@code target} (a path, {@code host:port}, a variable name); else what was denied, e.g.
     * {@code "fs.read /etc/passwd"}, for a {@code PermissionDenied} error.
     */
    String denied(String capability, String target);

    /** The program's open resources: whatever is still open when the program stops is closed then. */
    Resources resources();

    /**
     * Stops the program with {@code status} ({@code process.exit}): its main and the tasks it runs
     * are cancelled, its resources close as at a normal end, and its run ends with that status
     * (in a REPL, the session ends). The calling task must not go on: throw what this returns.
     */
    ProgramExit exit(int status);

    /** The cluster the runtime joined ({@code [cluster]} in its profile), or null when it joined none. */
    default org.tlang.spi.cluster.Cluster cluster() {
        return null;
    }

    /** The module function a function value names, or null for a closure or a native function. */
    default ModuleFunction named(Object fn) {
        return null;
    }

    /**
     * Calls {@code pub fn} {@code fn} of a module this program has loaded, with host values
     * converted to its parameter types, as a task of the program, and returns its result as a host
     * value. A panic of the function propagates as a {@link org.tlang.runtime.PanicException}.
     *
     * @throws IllegalArgumentException the program has no such module, function, or not at that
     *                                  hash, or an argument does not fit its parameter; the message says which
     */
    default org.tlang.api.Value call(ModuleFunction fn, java.util.List<org.tlang.api.Value> args) {
        throw new IllegalArgumentException("this program cannot be called by name");
    }

    /** The source of the version of {@code module} this program has loaded, or null if it has none. */
    default String source(String module) {
        return null;
    }

    /** The content hash ({@link ModuleFunction#hash}) of the version of {@code module} this program has loaded, or null. */
    default String hash(String module) {
        return null;
    }

    /** The T modules (not std ones) that the version of {@code module} this program has loaded imports and uses; empty if it has none. */
    default java.util.List<String> imports(String module) {
        return java.util.List.of();
    }

    /** A T value as a host value (structs and enums carry their type's name). */
    default org.tlang.api.Value toValue(Object value) {
        throw new UnsupportedOperationException();
    }

    /** A host value as a T value, its own kind saying what it is (a struct or enum by the type it names). */
    default Object fromValue(org.tlang.api.Value value) {
        throw new UnsupportedOperationException();
    }

    /** The telemetry bound now ({@link Telemetry#NONE} when none is): the spans and metrics of std's requests. */
    default Telemetry telemetry() {
        return Telemetry.NONE;
    }

    /**
     * Runs {@code hook} when the program stops, however it stops (main returned or panicked,
     * {@code process.exit}, a drain), after the work in flight and before its resources close;
     * hooks run in the order they were added ({@code process.on_shutdown}). A hook that panics is
     * reported on the program's stderr and the next one runs.
     */
    default void onShutdown(Runnable hook) {
        throw new UnsupportedOperationException("this runtime runs no shutdown hooks");
    }

    /**
     * Has {@code listener} drained with the program (see {@link Drainable}); the handle returned
     * forgets it (call it when the listener closes on its own).
     */
    default Runnable drainOnShutdown(Drainable listener) {
        return () -> {};
    }
}
