package org.tlang.modules;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;
import org.tlang.lang.check.CheckedModule;
import org.tlang.lang.check.ModuleInterface;
import org.tlang.lang.check.Symbol;
import org.tlang.runtime.JvmTypes;
import org.tlang.runtime.PanicException;
import org.tlang.tir.TFunction;
import org.tlang.tir.TModule;
import org.tlang.tir.Type;

/**
 * The modules of one program that belong to a package run in a process of its own: the cell of
 * each of their pub functions and methods holds a handle that makes the call in that process
 * ({@link IsolatedPackage}), on every tier alike, as an extern function's holds its downcall.
 * Their bodies are compiled here only to be type-checked and never tier up; their statics live
 * in the package's process, and code here that reads one panics saying so.
 */
final class IsolatedFunctions {
    private static final MethodHandle INVOKE;

    static {
        try {
            INVOKE = MethodHandles.lookup().findVirtual(Call.class, "invoke", MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ModuleRegistry registry;
    private final RuntimeHost host;
    /** The isolated modules loaded, by name, with the package each runs in. */
    private final Map<String, IsolatedPackage> modules = new ConcurrentHashMap<>();

    IsolatedFunctions(ModuleRegistry registry, RuntimeHost host) {
        this.registry = registry;
        this.host = host;
    }

    /** One function's calls, made in its package's process. */
    private record Call(IsolatedPackage in, TFunction fn) {
        @SuppressWarnings("unused") // through INVOKE
        Object invoke(Object[] args) {
            return in.call(fn, args);
        }
    }

    /** The modules of a batch whose package the profile isolates, with the package each runs in. */
    Map<String, IsolatedPackage> of(List<CheckedModule> batch, Map<String, Path> files) {
        Map<String, IsolatedPackage> out = new java.util.LinkedHashMap<>();
        for (CheckedModule cm : batch) {
            Path file = files.get(cm.name());
            String domain = file == null ? null : registry.imports.domainOf(file);
            IsolatedPackage in = domain == null ? null : host.isolatedPackage(domain, registry);
            if (in != null) out.put(cm.name(), in);
        }
        return out;
    }

    /** Whether module {@code name} runs in a package's process. */
    boolean isolated(String name) {
        return modules.containsKey(name);
    }

    /**
     * Installs a handle into the cell of each pub function and method of the {@code isolated}
     * modules of a batch whose functions' cells exist, and makes their statics say where they live.
     *
     * @return an error at each pub function whose values cannot cross between processes (nothing installed then)
     */
    List<Diagnostic> link(List<CheckedModule> batch, List<TModule> tirs, Map<String, IsolatedPackage> isolated) {
        List<Diagnostic> errors = new ArrayList<>();
        Map<TFunction, IsolatedPackage> calls = new java.util.LinkedHashMap<>();
        for (int i = 0; i < tirs.size(); i++) {
            TModule m = tirs.get(i);
            IsolatedPackage in = isolated.get(m.name());
            if (in == null) continue;
            Set<String> pub = pubFunctions(batch.get(i).iface());
            for (TFunction fn : m.functions()) {
                if (!pub.contains(fn.name())) continue;
                String refused = refusal(fn);
                if (refused != null) {
                    errors.add(batch.get(i).syntax().source().diagnostic(Severity.ERROR, fn.pos(), "pub fn `" + fn.name() + "` of module "
                            + m.name() + " cannot be called from outside its package, which runs in a process of its own ([sandbox] isolation = \"process\"): "
                            + refused));
                } else {
                    calls.put(fn, in);
                }
            }
        }
        if (!errors.isEmpty()) return errors;
        calls.forEach((fn, in) -> {
            MethodType type = JvmTypes.methodType(fn.signature());
            MethodHandle h = INVOKE.bindTo(new Call(in, fn)).asCollector(Object[].class, fn.params().size()).asType(type);
            registry.links.install(ModuleRegistry.ref(fn), "<isolated " + fn.module() + ">", h);
        });
        for (TModule m : tirs) {
            IsolatedPackage in = isolated.get(m.name());
            if (in == null) continue;
            modules.put(m.name(), in);
        }
        return errors;
    }

    /** What a static of an isolated module gives code here: a panic naming where it lives. */
    static Object elsewhere(String module, String name) {
        throw new PanicException("static `" + name + "` of module " + module + " lives in the process of its package ([sandbox] isolation = \"process\"): "
                + "read it through a pub fn of the package", null);
    }

    private static Set<String> pubFunctions(ModuleInterface iface) {
        Set<String> out = new HashSet<>();
        for (Symbol s : iface.items().values()) if (s instanceof Symbol.Fn f && f.pub()) out.add(f.name());
        for (Map<String, Symbol.Fn> methods : iface.methods().values()) for (Symbol.Fn f : methods.values()) if (f.pub()) out.add(f.name());
        return out;
    }

    /** Why {@code fn}'s parameters or result cannot be copied to another process and back, or null. */
    private static String refusal(TFunction fn) {
        if (fn.isAsync()) return "it is async (call it from a fn of the package that awaits it)";
        for (Type t : fn.signature().params()) {
            String why = uncopyable(t);
            if (why != null) return "it takes " + why;
        }
        String why = uncopyable(fn.result());
        return why == null ? null : "it returns " + why;
    }

    /** Only data crosses: no function values, no type parameters, no handles of this process's tasks and channels. */
    private static String uncopyable(Type t) {
        return switch (t) {
            case Type.Fn f -> "a function value (" + t + ")";
            case Type.Param p -> "a value of type parameter " + p.name() + " (a generic fn)";
            case Type.Named n when Set.of("Task", "Sender", "Receiver").contains(n.name()) -> "a " + n.name() + " (it belongs to one process)";
            case Type.Named n -> n.args().stream().map(IsolatedFunctions::uncopyable).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            case Type.Tuple tt -> tt.items().stream().map(IsolatedFunctions::uncopyable).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            default -> null;
        };
    }
}
