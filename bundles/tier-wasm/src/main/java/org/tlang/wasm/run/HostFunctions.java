package org.tlang.wasm.run;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tlang.runtime.Cancellation;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Printer;
import org.tlang.runtime.Safepoint;
import org.tlang.runtime.Values;
import org.tlang.tir.Pos;
import org.tlang.tir.Type;
import org.tlang.wasm.compile.Layout;
import org.tlang.wasm.compile.ProgramCompiler;
import org.tlang.wasm.compile.WasmProgram;

/**
 * The {@code tlang.*} imports of one run of a program: raising panics with the T trace read from
 * the module's shadow stack, the safepoint poll, printed forms, and the built-ins the module calls
 * on the host. They read and write the module's memory and nothing else of the runtime.
 */
final class HostFunctions {
    /** A panic on its way out of the module: Chicory passes a host function's exception through. */
    static final class Unwind extends RuntimeException {
        final PanicException panic;

        Unwind(PanicException panic) {
            super(null, null, false, false);
            this.panic = panic;
        }
    }

    private static final ValType I32 = ValType.I32, I64 = ValType.I64, F64 = ValType.F64;

    private final WasmProgram program;
    private final ValueCodec codec;
    /** The ticks the module was last given: what it used when it polls again (it polls at -1). */
    private int refill;

    HostFunctions(WasmProgram program) {
        this.program = program;
        this.codec = new ValueCodec(program);
    }

    List<HostFunction> all() {
        List<HostFunction> all = new ArrayList<>();
        all.add(fn("panic", List.of(I32, I32), List.of(), (inst, a) -> {
            throw unwind(inst, new PanicException(ValueCodec.readStr(inst.memory(), (int) a[0]), null), (int) a[1]);
        }));
        all.add(fn("panic_code", List.of(I32, I32), List.of(), (inst, a) -> {
            throw unwind(inst, new PanicException(ProgramCompiler.PANICS.get((int) a[0]), null), (int) a[1]);
        }));
        all.add(fn("panic_index", List.of(I64, I64, I32), List.of(), (inst, a) -> {
            throw unwind(inst, new PanicException(Printer.indexOutOfBounds(a[0], a[1]), null), (int) a[2]);
        }));
        all.add(fn("panic_err", List.of(I64, I32, I32, I32), List.of(), (inst, a) -> {
            String err = Printer.debug(codec.decode(inst.memory(), a[0], program.types().get((int) a[1])));
            String message = a[2] == 0 ? "called `unwrap` on `Err(" + err + ")`" : ValueCodec.readStr(inst.memory(), (int) a[2]) + ": " + err;
            throw unwind(inst, new PanicException(message, null), (int) a[3]);
        }));
        all.add(fn("poll", List.of(I32), List.of(I32), (inst, a) -> new long[] {poll(inst, (int) a[0])}));
        all.add(fn("show", List.of(I64, I32), List.of(I32), (inst, a) -> {
            Object v = codec.decode(inst.memory(), a[0], program.types().get((int) a[1]));
            return new long[] {codec.writeStr(inst, Printer.show(v))};
        }));
        all.add(fn("str_cmp", List.of(I32, I32), List.of(I32), (inst, a) -> new long[] {
                Integer.signum(Values.compareStr(ValueCodec.readStr(inst.memory(), (int) a[0]), ValueCodec.readStr(inst.memory(), (int) a[1])))}));
        all.add(fn("eq", List.of(I64, I64, I32), List.of(I32), (inst, a) -> {
            Type t = program.types().get((int) a[2]);
            return new long[] {Objects.equals(codec.decode(inst.memory(), a[0], t), codec.decode(inst.memory(), a[1], t)) ? 1 : 0};
        }));
        all.add(fn("frem", List.of(F64, F64), List.of(F64), (inst, a) ->
                new long[] {Double.doubleToRawLongBits(Double.longBitsToDouble(a[0]) % Double.longBitsToDouble(a[1]))}));
        for (int i = 0; i < program.bridges().size(); i++) {
            WasmProgram.Bridge b = program.bridges().get(i);
            List<ValType> params = new ArrayList<>(codec.valTypes(b.params()));
            params.add(I32);
            all.add(fn("b" + i, params, codec.valTypes(List.of(b.result())), (inst, a) -> bridge(inst, b, a)));
        }
        return all;
    }

    /** A host function; a panic it raises without a position (out of memory in {@code show}) is at the frame's latest one. */
    private HostFunction fn(String name, List<ValType> params, List<ValType> results, WasmFunctionHandle handle) {
        return new HostFunction("tlang", name, params, results, (inst, args) -> {
            try {
                return handle.apply(inst, args);
            } catch (PanicException p) {
                throw unwind(inst, p, ProgramCompiler.LATEST_POSITION);
            }
        });
    }

    private long[] bridge(Instance inst, WasmProgram.Bridge b, long[] args) {
        Object[] values = new Object[b.params().size()];
        Class<?>[] javaParams = b.builtin().method().getParameterTypes();
        for (int i = 0; i < values.length; i++) {
            values[i] = codec.decode(inst.memory(), args[i], b.params().get(i));
            if (javaParams[i] == org.tlang.runtime.Vec.class) values[i] = org.tlang.runtime.Vec.copyOf((List<?>) values[i]);
        }
        int pos = (int) args[args.length - 1];
        Object result;
        try {
            result = b.builtin().boxed().invokeWithArguments(values);
        } catch (PanicException p) {
            throw unwind(inst, p, pos);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(b.builtin().key() + ": " + t, t);
        }
        return codec.encode(inst, result, b.result());
    }

    private int poll(Instance inst, int pos) {
        Pos at = program.positions().get(pos);
        try {
            Safepoint.poll(at.line(), at.column(), refill + 1L);
        } catch (PanicException p) {
            throw unwind(inst, p, pos);
        }
        Cancellation c = Cancellation.current();
        refill = (int) Math.min(Safepoint.PERIOD, c == null ? Long.MAX_VALUE : c.fuelLeft());
        return refill;
    }

    /** {@code p} at position {@code pos} of the innermost frame, with the T frames of the shadow stack. */
    Unwind unwind(Instance inst, PanicException p, int pos) {
        p.atIfUnknown(position(inst, pos));
        return new Unwind(withTrace(inst, p));
    }

    /** Position {@code id}, or for {@link ProgramCompiler#LATEST_POSITION} the innermost frame's latest call or loop. */
    private Pos position(Instance inst, int id) {
        if (id != ProgramCompiler.LATEST_POSITION) return program.positions().get(id);
        int sp = (int) inst.global(WasmProgram.SP).getValue();
        return sp > Layout.STACK_BASE ? program.positions().get(inst.memory().readInt(sp - Layout.FRAME + Layout.FRAME_POSITION)) : null;
    }

    /**
     * A panic raised outside the module's own checks (the JVM stack ran out, the thread was
     * interrupted at a deadline): the innermost frame is where it last called or went round a loop.
     */
    PanicException stopped(Instance inst, String message) {
        return withTrace(inst, new PanicException(message, position(inst, ProgramCompiler.LATEST_POSITION)));
    }

    /** Adds the frames on the module's shadow stack to {@code p}, innermost first. */
    PanicException withTrace(Instance inst, PanicException p) {
        Memory m = inst.memory();
        int sp = (int) inst.global(WasmProgram.SP).getValue();
        int top = sp - Layout.FRAME;
        for (int frame = top; frame >= Layout.STACK_BASE; frame -= Layout.FRAME) {
            if (frame != top) p.at(program.positions().get(m.readInt(frame + Layout.FRAME_POSITION)));
            WasmProgram.Frame f = program.functions().get(m.readInt(frame + Layout.FRAME_FUNCTION));
            p.leave(f.function(), f.file());
        }
        return p;
    }
}
