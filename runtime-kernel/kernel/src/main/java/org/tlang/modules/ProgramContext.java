package org.tlang.modules;

import org.tlang.api.Limits;
import org.tlang.api.TlangException;
import org.tlang.api.Value;
import org.tlang.interp.FunctionCell;
import org.tlang.runtime.PanicException;
import org.tlang.spi.natives.ModuleFunction;
import org.tlang.tir.TLocal;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.tlang.runtime.ProgramExit;
import org.tlang.runtime.ProgramIo;
import org.tlang.spi.io.IoDriver;
import org.tlang.spi.memory.Allocator;
import org.tlang.spi.natives.Drainable;
import org.tlang.spi.natives.NativeContext;
import org.tlang.spi.natives.Resources;
import org.tlang.spi.scheduler.Task;
import org.tlang.spi.telemetry.Telemetry;

/**
 * The {@link NativeContext} of one program: its registry's host, its arguments and its open
 * resources; and, as each sandbox domain's native instances see it ({@link #inDomain}), the same
 * but for the capabilities granted, which are that domain's.
 */
final class ProgramContext implements NativeContext {
    private final RuntimeHost host;
    private final ModuleRegistry registry;
    private final Resources resources;
    private final ProgramMemory memory;
    /** The program's own context; this one for the program's own code. */
    private final ProgramContext program;
    /** The sandbox domain whose grants {@link #denied} checks; null for the program's own code. */
    private final String domain;
    private volatile List<String> args = List.of();

    ProgramContext(RuntimeHost host, ModuleRegistry registry) {
        this.host = host;
        this.registry = registry;
        this.resources = new Resources(host.collector());
        this.memory = new ProgramMemory(host);
        this.program = this;
        this.domain = null;
    }

    private ProgramContext(ProgramContext program, String domain) {
        this.host = program.host;
        this.registry = program.registry;
        this.resources = program.resources;
        this.memory = program.memory;
        this.program = program;
        this.domain = domain;
    }

    /** This program's context as the code of sandbox domain {@code domain} (a dependency package) sees it. */
    ProgramContext inDomain(String domain) {
        return new ProgramContext(program, domain);
    }

    void args(List<String> args) {
        program.args = List.copyOf(args);
    }

    @Override
    public Telemetry telemetry() {
        return host.telemetry();
    }

    @Override
    public ProgramIo streams() {
        return host.io();
    }

    @Override
    public InputStream stdin() {
        return host.stdin();
    }

    @Override
    public List<String> args() {
        return program.args;
    }

    @Override
    public IoDriver io() {
        return host.ioDriver();
    }

    @Override
    public Allocator memory() {
        return memory;
    }

    @Override
    public <T> Task<T> spawn(Callable<T> work) {
        return registry.execHost().spawn(work);
    }

    @Override
    public String denied(String capability, String target) {
        return host.denied(domain, capability, target);
    }

    @Override
    public Resources resources() {
        return resources;
    }

    @Override
    public ProgramExit exit(int status) {
        registry.exit.request(status);
        return new ProgramExit(status);
    }

    @Override
    public org.tlang.spi.cluster.Cluster cluster() {
        return host.cluster();
    }

    @Override
    public ModuleFunction named(Object fn) {
        if (!(fn instanceof FunctionCell cell)) return null;
        String qualified = cell.name();
        int dot = qualified.lastIndexOf('.');
        LoadedModule m = dot < 0 ? null : registry.module(qualified.substring(0, dot));
        return m == null ? null : new ModuleFunction(m.name(), qualified.substring(dot + 1), m.hash());
    }

    @Override
    public Value call(ModuleFunction fn, List<Value> args) {
        LoadedModule m = registry.module(fn.module());
        if (m == null) throw new IllegalArgumentException("module " + fn.module() + " is not loaded here");
        if (!m.hash().equals(fn.hash())) {
            throw new IllegalArgumentException("module " + fn.module() + " here is another version (" + m.hash().substring(0, 12) + ") than " + fn);
        }
        HostCall call = registry.hostCall(fn.module(), fn.function());
        if (call == null) throw new IllegalArgumentException("module " + fn.module() + " has no pub fn " + fn.function());
        List<TLocal> params = call.function().params();
        if (params.size() != args.size()) {
            throw new IllegalArgumentException(fn.module() + "." + fn.function() + " takes " + params.size() + " arguments, got " + args.size());
        }
        HostValues values = new HostValues(registry);
        Object[] tArgs = new Object[args.size()];
        String where = fn.module() + "." + fn.function();
        try {
            for (int i = 0; i < tArgs.length; i++) tArgs[i] = values.toT(args.get(i), params.get(i).type(), where + " argument " + params.get(i).name());
        } catch (TlangException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return HostValues.fromT(call.call(tArgs, Limits.NONE), call.function().result(), where);
    }

    @Override
    public String source(String module) {
        LoadedModule m = registry.module(module);
        return m == null ? null : m.source();
    }

    @Override
    public String hash(String module) {
        LoadedModule m = registry.module(module);
        return m == null ? null : m.hash();
    }

    @Override
    public List<String> imports(String module) {
        LoadedModule m = registry.module(module);
        if (m == null) return List.of();
        // registry.modules holds the program's T modules only; a use names its module as a prefix of the item
        return registry.modules.keySet().stream().filter(other -> !other.equals(module))
                .filter(other -> m.uses().keySet().stream().anyMatch(use -> use.startsWith(other + ".")))
                .sorted().toList();
    }

    @Override
    public Value toValue(Object value) {
        try {
            return HostValues.fromT(value, "a value");
        } catch (TlangException e) {
            throw new PanicException(e.getMessage());
        }
    }

    @Override
    public Object fromValue(Value value) {
        try {
            return new HostValues(registry).untyped(value, "a value");
        } catch (TlangException e) {
            throw new PanicException(e.getMessage());
        }
    }

    @Override
    public void onShutdown(Runnable hook) {
        registry.shutdown.onShutdown(hook);
    }

    @Override
    public Runnable drainOnShutdown(Drainable listener) {
        return registry.shutdown.drainOnShutdown(listener);
    }
}
