package org.tlang.modules;

import org.tlang.spi.telemetry.Telemetry;

import java.io.InputStream;
import java.util.concurrent.Callable;
import org.tlang.api.Limits;
import org.tlang.runtime.ProgramIo;
import org.tlang.spi.io.IoDriver;
import org.tlang.spi.memory.Allocator;
import org.tlang.spi.memory.Collector;
import org.tlang.spi.memory.UnboundCollector;
import org.tlang.spi.scheduler.Scheduler;
import org.tlang.spi.tier.ExecutionTier;

/**
 * What the running runtime gives a program: its streams, the scheduler, the I/O driver and the
 * compiling tier bound right now, and the capabilities it is granted.
 */
public interface RuntimeHost {
    ProgramIo io();

    /** The kernel's router to the currently bound scheduler; spawn(...) goes here. */
    Scheduler scheduler();

    /**
     * The compiling execution tier bound right now, or null when only the interpreter runs (tier
     * {@code interp}). Asked when a module version loads (an eager tier compiles it then) and
     * whenever one of its functions gets hot.
     */
    /** The telemetry bound now, or {@link Telemetry#NONE}; asked again at each use. */
    default Telemetry telemetry() {
        return Telemetry.NONE;
    }

    default ExecutionTier tier() {
        return null;
    }

    /** The program's standard input. */
    default InputStream stdin() {
        return InputStream.nullInputStream();
    }

    /** The kernel's router to the I/O driver bound now; without one, every open fails saying so. */
    default IoDriver ioDriver() {
        return NoIoDriver.INSTANCE;
    }

    /** The kernel's router to the allocator bound now; without one, segments of the automatic arena. */
    default Allocator allocator() {
        return AutoAllocator.INSTANCE;
    }

    /** The kernel's router to the collector bound now: it decides when the program's resources close; without one, the region policy. */
    default Collector collector() {
        return UnboundCollector.INSTANCE;
    }

    /** The bytes of runtime-owned memory one program may hold at once (the bound allocator's {@code max-bytes}); 0 for no cap. */
    default long memoryCap() {
        return 0;
    }

    /** An allocation of the program was refused at {@link #memoryCap} (counted in the allocator's metrics). */
    default void memoryRefused() {}

    /**
     * {@code task} (a task's root, its resources' scope included) inside the task scopes of the
     * memory subsystems bound now ({@link org.tlang.spi.memory.TaskScoped}): an arena frees what the
     * task allocated when it ends.
     */
    default <T> Callable<T> taskScope(Callable<T> task) {
        return task;
    }

    /** The foreign function linker bound now ({@code [ffi]}), or null when none is: extern functions then panic when called. */
    default org.tlang.spi.ffi.ForeignLinker foreignLinker() {
        return null;
    }

    /** The deadline and fuel of the program's run. */
    default Limits limits() {
        return Limits.NONE;
    }

    /**
     * Null if code of sandbox domain {@code domain} ({@link Imports#domainOf}; null: the program's
     * own) may use {@code capability} on {@code target}, else what was denied ({@code "fs.read /etc"}).
     */
    default String denied(String domain, String capability, String target) {
        return null;
    }

    /**
     * The process that runs the code of sandbox domain {@code domain} ({@link Imports#domainOf})
     * when the profile isolates that package ({@code [sandbox.NAME] isolation = "process"}), made
     * when first asked for; null when the package runs here, as every package does by default.
     */
    default IsolatedPackage isolatedPackage(String domain, ModuleRegistry registry) {
        return null;
    }

    /** The debugger of this program's run ({@code tlang debug}), or null: code is compiled without probes, and tiers up. */
    default org.tlang.interp.Probe probe() {
        return null;
    }

    /** The cluster bound now ({@code [cluster]}), or null when the runtime joined none. */
    default org.tlang.spi.cluster.Cluster cluster() {
        return null;
    }

    /** How long a drain gives work in flight, and shutdown hooks, to finish ({@code [shutdown] drain-ms}). */
    default long drainMillis() {
        return 10_000;
    }
}
