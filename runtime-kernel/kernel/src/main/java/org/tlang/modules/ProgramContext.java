package org.tlang.modules;

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
    public void onShutdown(Runnable hook) {
        registry.shutdown.onShutdown(hook);
    }

    @Override
    public Runnable drainOnShutdown(Drainable listener) {
        return registry.shutdown.drainOnShutdown(listener);
    }
}
