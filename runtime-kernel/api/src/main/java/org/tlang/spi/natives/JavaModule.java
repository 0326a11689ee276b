package org.tlang.spi.natives;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link NativeModule} whose functions are methods of its own class: the subclass gives its name,
 * its T source and its {@link MethodHandles#lookup() lookup}, then declares one line per function:
 *
 * <pre>{@code
 * public JsonModule() {
 *     super("std.json", SOURCE, MethodHandles.lookup());
 *     function("encode", "fn(T) -> Str", "encode");
 * }
 * }</pre>
 *
 * The Java method is found by name in the lookup's class and called with the Java types it
 * declares. A static method is called as it is; an instance method is called on this module (for
 * state the module owns, like std.http's servers).
 */
public abstract class JavaModule implements NativeModule {
    private final String name;
    private final String source;
    private final MethodHandles.Lookup lookup;
    private final List<NativeFunction> functions = new ArrayList<>();
    private final Map<String, List<String>> handles = new LinkedHashMap<>();
    private final Map<String, String> callerForms = new LinkedHashMap<>();

    /**
     * @param name   the module path, e.g. {@code std.json}
     * @param source its T source ({@code ""} for none), see {@link NativeModule#source()}
     * @param lookup {@code MethodHandles.lookup()} in the class that declares the functions' methods,
     *               which may then be package-private
     */
    protected JavaModule(String name, String source, MethodHandles.Lookup lookup) {
        this.name = name;
        this.source = source;
        this.lookup = lookup;
    }

    /**
     * Declares the function {@code name} of T type {@code signature} (see {@link NativeFunction}),
     * implemented by the only method called {@code method} in the lookup's class.
     *
     * @throws IllegalArgumentException if there is no such method, more than one, or the lookup
     *                                  cannot access it
     */
    protected final JavaModule function(String name, String signature, String method) {
        functions.add(new NativeFunction(name, signature, handle(method)));
        return this;
    }

    /** Declares the struct {@code struct} of the source a handle of resources with ids in {@code idFields} (see {@link NativeModule#handles()}). */
    protected final JavaModule handle(String struct, String... idFields) {
        handles.put(struct, List.of(idFields));
        return this;
    }

    /** Declares {@code form} the caller form of {@code function} (see {@link NativeModule#callerForms()}). */
    protected final JavaModule callerForm(String function, String form) {
        callerForms.put(function, form);
        return this;
    }

    @Override
    public final Map<String, String> callerForms() {
        return Collections.unmodifiableMap(callerForms);
    }

    @Override
    public final Map<String, List<String>> handles() {
        return Collections.unmodifiableMap(handles);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<NativeFunction> functions() {
        return Collections.unmodifiableList(functions);
    }

    @Override
    public final String source() {
        return source;
    }

    private MethodHandle handle(String method) {
        Class<?> owner = lookup.lookupClass();
        List<Method> found = Arrays.stream(owner.getDeclaredMethods())
                .filter(m -> m.getName().equals(method) && !m.isSynthetic())
                .toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException(name + ": " + owner.getName() + " has " + found.size() + " methods called "
                    + method + ", a native function needs exactly one");
        }
        Method m = found.getFirst();
        try {
            MethodHandle handle = lookup.unreflect(m);
            return Modifier.isStatic(m.getModifiers()) ? handle : handle.bindTo(this);
        } catch (IllegalAccessException | ClassCastException e) {
            throw new IllegalArgumentException(name + ": cannot call " + m + " from " + owner.getName(), e);
        }
    }
}
