package org.tlang.ffi;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.PanicException;
import org.tlang.spi.ffi.ForeignLinker;

/**
 * A T function value called from C through a function pointer. A panic must not unwind through C
 * frames (the JVM would end the process), so it is kept in the call's {@link Pending} and the
 * callback returns zero; the foreign call throws it once C returns, with the callback's T frames
 * in its trace. Later calls of the callback within the same foreign call return zero at once.
 */
final class Upcall {
    private static final MethodHandle RUN;

    static {
        try {
            RUN = MethodHandles.lookup().findVirtual(Upcall.class, "run", MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The first panic of a callback during one foreign call. */
    static final class Pending {
        private PanicException panic;

        void rethrow() {
            if (panic != null) throw panic;
        }
    }

    private final CType.Callback type;
    private final FnValue function;
    private final Pending pending;

    private Upcall(CType.Callback type, FnValue function, Pending pending) {
        this.type = type;
        this.function = function;
        this.pending = pending;
    }

    /** A function pointer to {@code function}, valid while {@code arena} is open. */
    static MemorySegment stub(CType.Callback type, FnValue function, ForeignLinker linker, Arena arena, Pending pending) {
        FunctionDescriptor d = descriptor(type);
        MethodHandle target = RUN.bindTo(new Upcall(type, function, pending)).asCollector(Object[].class, type.params().size())
                .asType(d.toMethodType());
        return linker.upcall(target, d, arena);
    }

    static FunctionDescriptor descriptor(CType.Callback type) {
        MemoryLayout[] args = type.params().stream().map(CType::layout).toArray(MemoryLayout[]::new);
        return type.result() == CType.Simple.VOID ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(type.result().layout(), args);
    }

    @SuppressWarnings("unused") // through RUN
    private Object run(Object[] args) {
        if (pending.panic != null) return CValues.zero(type.result());
        try {
            Object[] t = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                CType p = type.params().get(i);
                t[i] = switch (p) {
                    case CType.Scalar s -> CValues.fromC(s, args[i]);
                    case CType.Simple s when s == CType.Simple.CSTR -> CValues.string((MemorySegment) args[i], "a CStr given to a callback");
                    default -> args[i];
                };
            }
            Object r = function.call(t);
            return switch (type.result()) {
                case CType.Scalar s -> CValues.toC(s, r);
                case CType.Simple s when s == CType.Simple.VOID -> null;
                default -> r;
            };
        } catch (PanicException p) {
            pending.panic = p;
        } catch (StackOverflowError e) {
            pending.panic = PanicException.exhausted(e);
        } catch (Throwable e) {
            // anything leaving an upcall ends the JVM: an OutOfMemoryError too is better a panic of this call
            pending.panic = new PanicException("callback failed: " + e, null);
        }
        return CValues.zero(type.result());
    }
}
