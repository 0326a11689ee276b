package org.tlang.ffi;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.JvmTypes;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.StructShape;
import org.tlang.runtime.StructValue;
import org.tlang.runtime.Vec;
import org.tlang.spi.ffi.ForeignLinker;
import org.tlang.spi.memory.Allocator;
import org.tlang.spi.memory.QuotaExceededException;

/**
 * The method handle a T call of one extern function runs: the linker's downcall handle with the
 * T values marshalled to C and back. A signature of scalars, {@code Ptr} and {@code CStr} only is
 * a small generated method around the downcall ({@link ForeignGlue}: no boxing, a confined arena
 * for the CStr copies); one with structs, arrays or callbacks goes through {@link #invoke}, which
 * copies them in and back out around the call.
 */
public final class ForeignCall {
    private static final MethodHandle INVOKE;

    static {
        try {
            INVOKE = MethodHandles.lookup().findVirtual(ForeignCall.class, "invoke", MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ForeignFn fn;
    private final ForeignLinker linker;
    private final MethodHandle spread;
    private final Function<String, StructShape> shapes;
    private final Allocator memory;
    private final boolean structResult;
    private final boolean callbacks;

    private ForeignCall(ForeignFn fn, ForeignLinker linker, MethodHandle downcall, Function<String, StructShape> shapes, Allocator memory) {
        this.fn = fn;
        this.linker = linker;
        this.shapes = shapes;
        this.memory = memory;
        this.structResult = fn.result() instanceof CType.Struct;
        this.callbacks = fn.params().stream().anyMatch(p -> p instanceof CType.Callback);
        this.spread = downcall.asSpreader(Object[].class, downcall.type().parameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
    }

    /**
     * The handle, of {@link JvmTypes#methodType} of {@code fn}'s T signature.
     *
     * @param shapes the runtime descriptor of each {@code #[repr(C)]} struct by qualified name (for results)
     * @param memory where the C copies of structs, arrays and strings of a call with any of the first two
     *               come from (the program's, under its quota); a call of scalars, Ptr and CStr only
     *               copies its strings into a confined arena of its own, which costs a fraction of an allocator's round trip
     * @throws IllegalArgumentException if the linker finds no such library or symbol
     */
    public static MethodHandle handle(ForeignFn fn, ForeignLinker linker, Function<String, StructShape> shapes, Allocator memory) {
        MethodHandle down = fn.variadic()
                ? linker.linkVariadic(fn.library(), fn.name(), fn.descriptor(), fn.fixed())
                : linker.link(fn.library(), fn.name(), fn.descriptor());
        MethodType tType = JvmTypes.methodType(fn.signature());
        if (ForeignGlue.fits(fn)) return ForeignGlue.call(fn, down);
        ForeignCall call = new ForeignCall(fn, linker, down, shapes, memory);
        return INVOKE.bindTo(call).asCollector(Object[].class, fn.params().size()).asType(tType);
    }

    /** The general path: structs, arrays and strings copied into memory of the program's allocator, and out-parameters back. */
    @SuppressWarnings("unused") // through INVOKE
    private Object invoke(Object[] args) throws Throwable {
        List<CType> params = fn.params();
        List<MemorySegment> held = new ArrayList<>(params.size());
        Arena stubs = callbacks ? Arena.ofConfined() : null;
        try {
            Upcall.Pending pending = new Upcall.Pending();
            int off = structResult ? 1 : 0;
            Object[] c = new Object[params.size() + off];
            if (structResult) c[0] = (SegmentAllocator) (size, align) -> hold(held, size, align);
            for (int i = 0; i < params.size(); i++) c[off + i] = toC(params.get(i), args[i], held, stubs, pending);
            Object r = spread.invokeExact(c);
            for (int i = 0; i < params.size(); i++) copyBack(params.get(i), c[off + i] instanceof MemorySegment m ? m : null, args[i]);
            pending.rethrow();
            return fromC(fn.result(), r);
        } finally {
            for (MemorySegment m : held) memory.release(m);
            if (stubs != null) stubs.close();
        }
    }

    private MemorySegment hold(List<MemorySegment> held, long size, long align) {
        MemorySegment m;
        try {
            m = memory.allocate(Math.max(1, size), align);
        } catch (QuotaExceededException e) {
            throw new PanicException("extern fn " + fn.name() + ": " + e.getMessage(), null);
        }
        held.add(m);
        return m;
    }

    private Object toC(CType type, Object v, List<MemorySegment> held, Arena stubs, Upcall.Pending pending) {
        return switch (type) {
            case CType.Scalar s -> CValues.toC(s, v);
            case CType.Simple s when s == CType.Simple.CSTR -> {
                String text = (String) v;
                MemorySegment m = hold(held, text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1L, 1);
                m.setString(0, text);
                yield m;
            }
            case CType.Simple s -> v;
            case CType.Struct st -> {
                MemorySegment m = hold(held, CValues.layout(st).byteSize(), CValues.layout(st).byteAlignment());
                CValues.write(st, m, 0, v);
                yield m;
            }
            case CType.ByPointer bp -> {
                MemorySegment m = hold(held, CValues.layout(bp.struct()).byteSize(), CValues.layout(bp.struct()).byteAlignment());
                CValues.write(bp.struct(), m, 0, v);
                yield m;
            }
            case CType.Array a -> {
                Vec vec = (Vec) v;
                MemoryLayout e = CValues.layoutOf(a.element());
                MemorySegment m = hold(held, e.byteSize() * vec.size(), e.byteAlignment());
                for (int i = 0; i < vec.size(); i++) CValues.write(a.element(), m, i * e.byteSize(), vec.get(i));
                yield m;
            }
            case CType.Callback cb -> Upcall.stub(cb, (FnValue) v, linker, stubs, pending);
        };
    }

    private void copyBack(CType type, MemorySegment m, Object v) {
        switch (type) {
            case CType.ByPointer bp -> CValues.readInto(bp.struct(), m, 0, (StructValue) v, shapes);
            case CType.Array a -> {
                Vec vec = (Vec) v;
                long size = CValues.layoutOf(a.element()).byteSize();
                for (int i = 0; i < vec.size(); i++) {
                    if (a.element() instanceof CType.Struct st) CValues.readInto(st, m, i * size, (StructValue) vec.get(i), shapes);
                    else vec.set(i, CValues.read(a.element(), m, i * size, shapes));
                }
            }
            default -> {
            }
        }
    }

    private Object fromC(CType type, Object r) {
        return switch (type) {
            case CType.Scalar s -> CValues.fromC(s, r);
            case CType.Simple s when s == CType.Simple.VOID -> null;
            case CType.Simple s when s == CType.Simple.CSTR -> CValues.string((MemorySegment) r, "the CStr " + fn.name() + " returned");
            case CType.Simple s -> r;
            case CType.Struct st -> CValues.read(st, (MemorySegment) r, 0, shapes);
            case CType.ByPointer bp -> {
                MemorySegment p = (MemorySegment) r;
                if (p.address() == 0) throw new PanicException("null Ptr dereferenced: " + fn.name() + " returned NULL for a " + bp, null);
                yield CValues.read(bp.struct(), p.reinterpret(CValues.layout(bp.struct()).byteSize()), 0, shapes);
            }
            default -> throw new IllegalStateException("no T form for a C result " + type);
        };
    }
}
