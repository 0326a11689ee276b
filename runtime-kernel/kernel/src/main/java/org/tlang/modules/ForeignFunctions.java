package org.tlang.modules;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;
import org.tlang.interp.FunctionCell;
import org.tlang.ffi.CType;
import org.tlang.ffi.ForeignCall;
import org.tlang.ffi.ForeignFn;
import org.tlang.lang.check.CheckedModule;
import org.tlang.lang.source.SourceFile;
import org.tlang.runtime.JvmTypes;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.StructShape;
import org.tlang.spi.ffi.ForeignLinker;
import org.tlang.tir.FunctionRef;
import org.tlang.tir.TStruct;
import org.tlang.tir.Type;

/**
 * The {@code extern} functions of one program, each linked once through the {@link ForeignLinker}
 * bound when its module loads: its cell and call site then hold the marshalling handle around the
 * linker's downcall handle, which compiled code calls like any T function (no lookup per call).
 * Linked again, all at once, when another linker is swapped in. Code that is not granted
 * {@code ffi} for a library gets a function that panics, and its library is not even looked up.
 */
final class ForeignFunctions {
    /** Apart, so that a program without extern functions does not pay for method handles at its first load. */
    private static final class Panicking {
        static final MethodHandle PANIC;

        static {
            try {
                PANIC = MethodHandles.lookup().findStatic(ForeignFunctions.class, "panic", MethodType.methodType(Object.class, String.class));
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    private final ModuleRegistry registry;
    private final RuntimeHost host;
    /** Every extern function linked, by the function its callers call; with the sandbox domain of its module. */
    private final Map<FunctionRef, Linked> linked = new ConcurrentHashMap<>();
    private final Map<String, StructShape> shapes = new ConcurrentHashMap<>();

    record Linked(ForeignFn fn, String domain) {}

    ForeignFunctions(ModuleRegistry registry, RuntimeHost host) {
        this.registry = registry;
        this.host = host;
    }

    /** The extern functions of a batch linked, not installed yet; or the errors of those that cannot be. */
    record Prepared(Map<FunctionRef, Linked> functions, Map<FunctionRef, MethodHandle> handles, List<Diagnostic> errors) {}

    /**
     * Links the extern functions the modules of a batch declare, and the signatures their calls of
     * variadic ones use, through the linker bound now, and installs them.
     *
     * @return an error at each declaration whose library or symbol the linker cannot find (then nothing is installed)
     */
    List<Diagnostic> link(List<CheckedModule> modules, Map<String, Path> files) {
        Prepared p = prepare(modules, files);
        if (p.errors().isEmpty()) install(p, false);
        return p.errors();
    }

    /** As {@link #link}, without installing: a reload installs when it commits ({@link #install}). */
    Prepared prepare(List<CheckedModule> modules, Map<String, Path> files) {
        if (modules.stream().allMatch(cm -> cm.iface().foreign().isEmpty() && cm.typing().variadicRefs().isEmpty())) {
            return new Prepared(Map.of(), Map.of(), List.of());
        }
        Map<FunctionRef, Linked> wanted = new LinkedHashMap<>();
        Map<FunctionRef, SourceFile> sources = new LinkedHashMap<>();
        for (CheckedModule cm : modules) {
            Path file = files.get(cm.name());
            String domain = file == null ? null : registry.imports.domainOf(file);
            for (ForeignFn fn : cm.iface().foreign().values()) {
                // a variadic one too: as a function value it is called with no variadic arguments
                FunctionRef ref = new FunctionRef(fn.module(), fn.name(), fn.signature());
                wanted.put(ref, new Linked(fn, domain));
                sources.put(ref, cm.syntax().source());
            }
        }
        for (CheckedModule cm : modules) {
            for (FunctionRef ref : cm.typing().variadicRefs()) {
                if (wanted.containsKey(ref)) continue;
                ForeignFn fn = declared(modules, ref);
                if (fn == null) continue;
                List<CType> extra = new ArrayList<>();
                for (Type t : ref.signature().params().subList(fn.fixed(), ref.signature().params().size())) extra.add(ForeignFn.variadicArgument(t));
                Path file = files.containsKey(fn.module()) ? files.get(fn.module())
                        : registry.modules.containsKey(fn.module()) ? registry.modules.get(fn.module()).file() : null;
                wanted.put(ref, new Linked(fn.withVarargs(extra), file == null ? null : registry.imports.domainOf(file)));
                sources.put(ref, cm.syntax().source());
            }
        }
        List<Diagnostic> errors = new ArrayList<>();
        Map<FunctionRef, MethodHandle> handles = new LinkedHashMap<>();
        ForeignLinker linker = host.foreignLinker();
        wanted.forEach((ref, l) -> {
            Linked before = linked.get(ref);
            if (before != null && before.equals(l)) return; // unchanged by a reload: it keeps its handle
            try {
                handles.put(ref, handle(l, linker));
            } catch (RuntimeException e) {
                errors.add(sources.get(ref).diagnostic(Severity.ERROR, l.fn().pos(), "cannot link extern fn `" + l.fn().name() + "`: " + e.getMessage()));
            }
        });
        return new Prepared(wanted, handles, errors);
    }

    /** Installs what {@link #prepare} linked; {@code onlyNew}: only the functions no code can call yet (a reload's initialisers may call those). */
    void install(Prepared p, boolean onlyNew) {
        Map<FunctionRef, MethodHandle> handles = new LinkedHashMap<>();
        p.handles().forEach((ref, h) -> {
            FunctionCell cell = registry.links.existingCell(ref);
            if (!onlyNew || cell == null || !cell.isLinked()) handles.put(ref, h);
        });
        handles.keySet().forEach(ref -> linked.put(ref, p.functions().get(ref)));
        install(handles);
    }

    /**
     * Another linker was bound: every extern function links again through it, and the calls that
     * start from now on go to its handles. One it cannot link panics when called, naming why.
     */
    void relink() {
        // under the lock a load links under: a module loading now links through the new linker, or is relinked here after it
        synchronized (registry.lock) {
            ForeignLinker linker = host.foreignLinker();
            Map<FunctionRef, MethodHandle> handles = new LinkedHashMap<>();
            linked.forEach((ref, l) -> {
                try {
                    handles.put(ref, handle(l, linker));
                } catch (RuntimeException e) {
                    handles.put(ref, panicking(l.fn(), "cannot link extern fn `" + l.fn().name() + "`: " + e.getMessage()));
                }
            });
            install(handles);
        }
    }

    private void install(Map<FunctionRef, MethodHandle> handles) {
        synchronized (registry.lock) {
            handles.forEach((ref, h) -> {
                registry.links.cell(ref);
                registry.links.install(ref, "<extern " + linked.get(ref).fn().library() + ">", h);
            });
        }
    }

    private MethodHandle handle(Linked l, ForeignLinker linker) {
        ForeignFn fn = l.fn();
        String denied = host.denied(l.domain(), "ffi", fn.library());
        if (denied != null) return panicking(fn, "PermissionDenied: " + denied + ": not granted (extern fn " + fn.name() + ")");
        if (linker == null) {
            return panicking(fn, "extern fn " + fn.name() + ": no ffi subsystem is bound (name one in the profile: [ffi] impl = \"panama\")");
        }
        return ForeignCall.handle(fn, linker, this::shape, registry.nativeContext().memory());
    }

    private static MethodHandle panicking(ForeignFn fn, String message) {
        MethodType type = JvmTypes.methodType(fn.signature());
        MethodHandle thrower = MethodHandles.insertArguments(Panicking.PANIC, 0, message).asType(MethodType.methodType(type.returnType()));
        return MethodHandles.dropArguments(thrower, 0, type.parameterList());
    }

    @SuppressWarnings("unused") // through PANIC
    private static Object panic(String message) {
        throw new PanicException(message, null);
    }

    private ForeignFn declared(List<CheckedModule> modules, FunctionRef ref) {
        for (CheckedModule cm : modules) if (cm.name().equals(ref.module())) return cm.iface().foreign().get(ref.name());
        LoadedModule m = registry.modules.get(ref.module());
        return m == null ? null : m.iface().foreign().get(ref.name());
    }

    /** The descriptor of a {@code #[repr(C)]} struct a C function gives back, found when first needed (its module is loaded by then). */
    private StructShape shape(String name) {
        return shapes.computeIfAbsent(name, n -> {
            LoadedModule m = registry.anyModule(n.substring(0, n.lastIndexOf('.')));
            for (TStruct s : m.tir().structs()) if (s.name().equals(n)) return registry.links.struct(s);
            throw new IllegalStateException("no struct " + n);
        });
    }
}
