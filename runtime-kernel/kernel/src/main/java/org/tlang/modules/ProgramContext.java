package org.tlang.modules;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.tlang.runtime.ProgramExit;
import org.tlang.runtime.ProgramIo;
import org.tlang.spi.io.IoDriver;
import org.tlang.spi.memory.Allocator;
import org.tlang.spi.natives.NativeContext;
import org.tlang.spi.natives.Resources;
import org.tlang.spi.scheduler.Task;

/** The {@link NativeContext} of one program: its registry's host, its arguments and its open resources. */
final class ProgramContext implements NativeContext {
    private final RuntimeHost host;
    private final ModuleRegistry registry;
    private final Resources resources = new Resources();
    private final ProgramMemory memory;
    private volatile List<String> args = List.of();

    ProgramContext(RuntimeHost host, ModuleRegistry registry) {
        this.host = host;
        this.registry = registry;
        this.memory = new ProgramMemory(host);
    }

    void args(List<String> args) {
        this.args = List.copyOf(args);
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
        return args;
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
        return host.denied(capability, target);
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
}
