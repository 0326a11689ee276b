package org.tlang.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tlang.api.Context;
import org.tlang.api.Limits;
import org.tlang.api.TlangException;
import org.tlang.api.Value;
import org.tlang.modules.CompileException;
import org.tlang.modules.HostCall;
import org.tlang.modules.LoadedModule;
import org.tlang.modules.ModuleNames;
import org.tlang.modules.ModuleRegistry;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.ProgramExit;
import org.tlang.runtime.ProgramIo;
import org.tlang.tir.TFunction;
import org.tlang.tir.TLocal;

/**
 * A {@link Context}: one module registry (a program with no main) whose pub fns a host calls,
 * each call on the host's thread under the context's limits.
 */
final class EmbeddedContext implements Context {
    private final ModuleRegistry registry;
    private final ProgramIo io;
    private final Path sourceRoot;
    private final Limits limits;
    private final HostValues values;
    /** Module names as the host wrote them, to the name the registry loaded them under. */
    private final Map<String, String> loaded = new ConcurrentHashMap<>();
    private final Map<String, HostCall> calls = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** @param root a package folder (modules below its {@code src/}) or a folder of modules */
    EmbeddedContext(ModuleRegistry registry, ProgramIo io, Path root, Limits limits) {
        this.registry = registry;
        this.io = io;
        this.sourceRoot = Files.isRegularFile(root.resolve("t.toml")) ? root.resolve("src") : root;
        this.limits = limits;
        this.values = new HostValues(registry);
    }

    @Override
    public Value execute(String module, String function, Value... args) {
        if (closed) throw new TlangException("the context is closed");
        HostCall call = entry(module, function);
        TFunction fn = call.function();
        String name = call.version().name() + "." + function;
        List<TLocal> params = fn.params();
        if (args.length != params.size()) {
            throw new TlangException(name + " takes " + params.size() + " argument" + (params.size() == 1 ? "" : "s") + " ("
                    + String.join(", ", params.stream().map(p -> p.name() + ": " + p.type()).toList()) + "), got " + args.length);
        }
        Object[] tArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) throw new TlangException(name + ": argument " + (i + 1) + " `" + params.get(i).name() + "` is null");
            tArgs[i] = values.toT(args[i], params.get(i).type(), name + ": argument " + (i + 1) + " `" + params.get(i).name() + "`");
        }
        Object result;
        try {
            result = call.call(tArgs, limits);
        } catch (PanicException p) {
            throw TlangException.panicked(p.toPanic());
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw TlangException.panicked(PanicException.exhausted(e).toPanic());
        } catch (ProgramExit e) {
            throw new TlangException(name + " called process.exit(" + e.status() + ")");
        } finally {
            io.flush();
        }
        return HostValues.fromT(result, fn.result(), name + ": its result");
    }

    @Override
    public void load(String module) {
        if (closed) throw new TlangException("the context is closed");
        loaded.computeIfAbsent(module, this::compile);
    }

    /** The function, from the serving version of its module; the module compiled at its first call. */
    private HostCall entry(String module, String function) {
        String key = module + "\0" + function;
        HostCall call = calls.get(key);
        String name = loaded.computeIfAbsent(module, this::compile);
        if (call != null && registry.module(name) == call.version()) return call;
        call = registry.hostCall(name, function);
        if (call == null) throw new TlangException("module " + name + " has no pub fn `" + function + "`");
        calls.put(key, call);
        return call;
    }

    private String compile(String module) {
        Path file = module.endsWith(".t") ? sourceRoot.resolve(module) : sourceRoot.resolve(module.replace('.', '/') + ".t");
        file = ModuleNames.canonical(file);
        if (!Files.isRegularFile(file)) throw new TlangException("no module " + module + ": there is no file " + file);
        try {
            LoadedModule m = registry.load(file);
            return m.name();
        } catch (CompileException e) {
            throw TlangException.compileErrors(e.diagnostics());
        }
    }

    @Override
    public void close() {
        closed = true;
        registry.close();
        io.flush();
    }
}
