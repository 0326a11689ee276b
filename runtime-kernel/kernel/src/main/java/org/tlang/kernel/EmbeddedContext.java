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
import org.tlang.modules.HostValues;
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
    /** By module as the host wrote it, then function. */
    private final Map<String, Map<String, Entry>> calls = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** @param root a package folder (modules below its {@code src/}) or a folder of modules */
    EmbeddedContext(ModuleRegistry registry, ProgramIo io, Path root, Limits limits) {
        this.registry = registry;
        this.io = io;
        this.sourceRoot = Files.isRegularFile(root.resolve("t.toml")) ? root.resolve("src") : root;
        this.limits = limits;
        this.values = new HostValues(registry);
    }

    /** A function as this context calls it, with the names its errors use worked out once rather than at every call. */
    private record Entry(HostCall call, String name, String[] arguments, String result) {
        static Entry of(HostCall call) {
            String name = call.version().name() + "." + call.function().name();
            List<TLocal> params = call.function().params();
            String[] arguments = new String[params.size()];
            for (int i = 0; i < arguments.length; i++) arguments[i] = name + ": argument " + (i + 1) + " `" + params.get(i).name() + "`";
            return new Entry(call, name, arguments, name + ": its result");
        }
    }

    @Override
    public Value execute(String module, String function, Value... args) {
        if (closed) throw new TlangException("the context is closed");
        Entry entry = entry(module, function);
        TFunction fn = entry.call().function();
        List<TLocal> params = fn.params();
        if (args.length != params.size()) {
            throw new TlangException(entry.name() + " takes " + params.size() + " argument" + (params.size() == 1 ? "" : "s") + " ("
                    + String.join(", ", params.stream().map(p -> p.name() + ": " + p.type()).toList()) + "), got " + args.length);
        }
        Object[] tArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) throw new TlangException(entry.arguments()[i] + " is null");
            tArgs[i] = values.toT(args[i], params.get(i).type(), entry.arguments()[i]);
        }
        Object result;
        try {
            result = entry.call().call(tArgs, limits);
        } catch (PanicException p) {
            throw TlangException.panicked(p.toPanic());
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw TlangException.panicked(PanicException.exhausted(e).toPanic());
        } catch (ProgramExit e) {
            throw new TlangException(entry.name() + " called process.exit(" + e.status() + ")");
        } finally {
            io.flush();
        }
        return HostValues.fromT(result, fn.result(), entry.result());
    }

    @Override
    public void load(String module) {
        if (closed) throw new TlangException("the context is closed");
        loaded.computeIfAbsent(module, this::compile);
    }

    /** The function, from the serving version of its module; the module compiled at its first call. */
    private Entry entry(String module, String function) {
        Map<String, Entry> ofModule = calls.get(module);
        Entry entry = ofModule == null ? null : ofModule.get(function);
        if (entry != null && registry.module(entry.call().version().name()) == entry.call().version()) return entry;
        String name = loaded.computeIfAbsent(module, this::compile);
        HostCall call = registry.hostCall(name, function);
        if (call == null) throw new TlangException("module " + name + " has no pub fn `" + function + "`");
        entry = Entry.of(call);
        calls.computeIfAbsent(module, m -> new ConcurrentHashMap<>()).put(function, entry);
        return entry;
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
