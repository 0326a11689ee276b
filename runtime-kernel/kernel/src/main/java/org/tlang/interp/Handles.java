package org.tlang.interp;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Unit;
import org.tlang.runtime.Frame;
import org.tlang.runtime.JvmTypes;
import org.tlang.runtime.Slots;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.tlang.tir.Pos;
import org.tlang.tir.Type;

/**
 * The bridge between function cells and method handles, for compiled tiers: the JVM shape of a T
 * function, a handle that calls a cell (the default target of a call site), and a call target that
 * runs a handle (what a compiled function looks like to interpreted callers).
 */
public final class Handles {
    private static final MethodHandle CELL_CALL;

    static {
        try {
            CELL_CALL = MethodHandles.lookup().findVirtual(FunctionCell.class, "call", MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Handles() {}

    /** A handle of {@link #methodType} that calls whatever {@code cell} targets at the time of the call. */
    public static MethodHandle callingCell(FunctionCell cell, Type.Fn signature) {
        return CELL_CALL.bindTo(cell).asCollector(Object[].class, signature.params().size()).asType(JvmTypes.methodType(signature));
    }

    /**
     * A call target for compiled code, which records its own frame in a panic's trace: interpreted
     * callers call it like any other.
     */
    public static CallTarget compiledTarget(String name, String file, Type.Fn signature, MethodHandle handle) {
        CallTarget t = target(name, file, signature, handle);
        t.leaves = false;
        return t;
    }

    /** A call target that runs {@code handle} (of {@link #methodType}); interpreted callers call it like any other. */
    public static CallTarget target(String name, String file, Type.Fn signature, MethodHandle handle) {
        Type.Kind[] kinds = signature.params().stream().map(Type::kind).toArray(Type.Kind[]::new);
        CallTarget t = new CallTarget(name, file, Math.max(1, kinds.length), kinds);
        MethodHandle generic = handle.asType(handle.type().generic().changeReturnType(Object.class))
                .asSpreader(Object[].class, kinds.length);
        Type[] types = signature.params().toArray(Type[]::new);
        boolean unit = signature.result() == Type.UNIT;
        t.body = new Node(Pos.NONE) {
            @Override
            public Object execute(Frame f) {
                Object[] args = new Object[kinds.length];
                for (int i = 0; i < args.length; i++) args[i] = Slots.load(f, i, kinds[i], types[i]);
                try {
                    Object r = generic.invokeExact(args);
                    return unit ? Unit.VALUE : r;
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        return t;
    }
}
