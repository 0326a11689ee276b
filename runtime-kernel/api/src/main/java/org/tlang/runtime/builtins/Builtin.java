package org.tlang.runtime.builtins;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.tlang.runtime.Cancellation;
import org.tlang.runtime.PanicException;

/**
 * One built-in: its key ({@code println}, {@code Str.len}, {@code Vec::new}, {@code assert/2} for
 * an overload by arity), its signature in T type syntax (single capital letters are type
 * parameters), and the public static method of its file that implements it over the values' JVM
 * representation: Int {@code long}, Float {@code double}, Bool {@code boolean}, Str
 * {@code String}, the rest as {@link org.tlang.runtime} says; a unit result is {@code void}. A
 * built-in that prints or spawns takes the calling program's {@link Context} first.
 */
public final class Builtin {
    /** How a compiling tier calls the built-in. */
    public enum Kind {
        /** invokestatic of the method; it never panics, so the call needs no handler. */
        TOTAL,
        /** invokestatic of the method; a panic it raises gets the call's position. */
        DIRECT,
        /** through the interpreter's node: the built-in needs the {@link Context}, or the interpreter gives it its meaning. */
        INTERPRETED
    }

    private final String key;
    private final String signature;
    private final Class<?> owner;
    private final String name;
    private final Kind kind;
    private volatile Method method;
    private volatile MethodHandle boxed;

    Builtin(String key, String signature, Class<?> owner, String name, Kind kind) {
        this.key = key;
        this.signature = signature;
        this.owner = owner;
        this.name = name;
        this.kind = kind;
    }

    public String key() {
        return key;
    }

    public String signature() {
        return signature;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The public static method that implements it, looked up on first use (the table itself costs
     * no reflection at start-up).
     *
     * @throws IllegalStateException if the owner has none or several public static methods of that name
     */
    public Method method() {
        Method m = method;
        if (m == null) {
            Method[] found = Arrays.stream(owner.getMethods())
                    .filter(c -> c.getName().equals(name) && Modifier.isStatic(c.getModifiers()))
                    .toArray(Method[]::new);
            if (found.length != 1) {
                throw new IllegalStateException(key + ": " + owner.getName() + " has " + found.length + " public static methods named " + name);
            }
            method = m = found[0];
        }
        return m;
    }

    /** Whether the method takes the calling program's {@link Context} first. */
    public boolean takesContext() {
        Class<?>[] params = method().getParameterTypes();
        return params.length > 0 && params[0] == Context.class;
    }

    /**
     * The method over boxed values: every parameter and the result {@code Object} (a unit result
     * null), the {@link Context} first if it {@link #takesContext}. Built-ins take at most three
     * arguments besides it.
     */
    public MethodHandle boxed() {
        MethodHandle h = boxed;
        if (h == null) {
            try {
                h = MethodHandles.publicLookup().unreflect(method());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(key + ": " + e.getMessage(), e);
            }
            int skip = takesContext() ? 1 : 0;
            MethodType generic = h.type().generic();
            if (skip == 1) generic = generic.changeParameterType(0, Context.class);
            h = h.asType(generic);
            boxed = h;
        }
        return h;
    }

    /**
     * A panic raised by a built-in: it has no position of its own yet, the tier that called the
     * built-in gives it the call's.
     */
    public static PanicException panic(String message) {
        return new PanicException(message, null);
    }

    /** The panic of a blocking built-in interrupted while it waited (its task was cancelled). */
    static PanicException interrupted() {
        Thread.currentThread().interrupt();
        return Cancellation.interrupted();
    }

    @Override
    public String toString() {
        return key + ": " + signature;
    }
}
