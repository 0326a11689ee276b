package org.tlang.wasm.run;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.ValType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Printer;
import org.tlang.runtime.Tuple;
import org.tlang.runtime.Unit;
import org.tlang.runtime.Vec;
import org.tlang.tir.TEnum;
import org.tlang.tir.TStruct;
import org.tlang.tir.Type;
import org.tlang.wasm.compile.Layout;
import org.tlang.wasm.compile.WasmProgram;

/**
 * T values between the module's memory (laid out as {@link Layout} says) and
 * the JVM forms the shared built-ins and {@link Printer} take. A struct or enum value comes out
 * as its printed form, which is all the host does with one (print it, compare it).
 */
final class ValueCodec {
    /** A struct or enum value decoded for printing and comparison: equal when printed alike. */
    record Shown(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final WasmProgram program;

    ValueCodec(WasmProgram program) {
        this.program = program;
    }

    /** Chicory's value types for {@code types}, as {@link Layout#of} lays them out (unit has none). */
    List<ValType> valTypes(List<Type> types) {
        List<ValType> out = new ArrayList<>();
        for (Type t : types) {
            org.tlang.wasm.encode.ValType v = Layout.of(t);
            if (v != null) out.add(switch (v) {
                case I32 -> ValType.I32;
                case I64 -> ValType.I64;
                case F64 -> ValType.F64;
            });
        }
        return out;
    }

    static String readStr(Memory m, int address) {
        return new String(m.readBytes(address + Layout.STR_BYTES, m.readInt(address + Layout.STR_LEN)), StandardCharsets.UTF_8);
    }

    /** A new Str in the module's heap, allocated as the module's own {@code alloc} does. */
    int writeStr(Instance inst, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int at = alloc(inst, Layout.STR_BYTES + bytes.length);
        inst.memory().writeI32(at + Layout.STR_LEN, bytes.length);
        inst.memory().write(at + Layout.STR_BYTES, bytes);
        return at;
    }

    private int alloc(Instance inst, int size) {
        Memory m = inst.memory();
        int at = (int) inst.global(WasmProgram.HP).getValue();
        long end = (at + (long) size + 7) & ~7L;
        long have = (long) m.pages() * Memory.PAGE_SIZE;
        if (end > have) {
            int pages = (int) ((end - have + Memory.PAGE_SIZE - 1) / Memory.PAGE_SIZE);
            if (end > (long) program.maxPages() * Memory.PAGE_SIZE || m.grow(pages) < 0) {
                throw new PanicException(PanicException.OUT_OF_MEMORY, null);
            }
        }
        inst.global(WasmProgram.HP).setValue(end);
        return at;
    }

    /** The JVM value of the slot bits {@code bits} of type {@code t}. */
    Object decode(Memory m, long bits, Type t) {
        if (t == Type.INT) return bits;
        if (t == Type.FLOAT) return Double.longBitsToDouble(bits);
        if (t == Type.BOOL) return bits != 0;
        if (t == Type.UNIT || t == Type.NEVER) return Unit.VALUE;
        int at = (int) bits;
        if (t == Type.STR) return readStr(m, at);
        if (t instanceof Type.Tuple tu) {
            Object[] items = new Object[tu.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = decode(m, m.readLong(at + Layout.SLOT * i), tu.items().get(i));
            return new Tuple(items);
        }
        Type.Named n = (Type.Named) t;
        return switch (n.name()) {
            case "Vec" -> {
                int len = m.readInt(at + Layout.VEC_LEN);
                int data = m.readInt(at + Layout.VEC_DATA);
                List<Object> items = new ArrayList<>(len);
                for (int i = 0; i < len; i++) items.add(decode(m, m.readLong(data + Layout.SLOT * i), n.arg(0)));
                yield items;
            }
            case "Option" -> m.readInt(at + Layout.ENUM_TAG) == EnumShape.NONE ? variant("None", m, at, List.of()) : variant("Some", m, at, List.of(n.arg(0)));
            case "Result" -> m.readInt(at + Layout.ENUM_TAG) == EnumShape.OK ? variant("Ok", m, at, List.of(n.arg(0))) : variant("Err", m, at, List.of(n.arg(1)));
            default -> {
                TStruct s = program.structs().get(n.name());
                if (s != null) yield struct(s, n, m, at);
                TEnum e = program.enums().get(n.name());
                TEnum.Variant v = e.variants().get(m.readInt(at + Layout.ENUM_TAG));
                yield variant(v.name(), m, at, v.fields());
            }
        };
    }

    private Shown variant(String name, Memory m, int at, List<Type> fields) {
        StringBuilder sb = new StringBuilder(name);
        if (!fields.isEmpty()) {
            sb.append('(');
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(Printer.debug(decode(m, m.readLong(at + Layout.ENUM_FIELDS + Layout.SLOT * i), fields.get(i))));
            }
            sb.append(')');
        }
        return new Shown(sb.toString());
    }

    private Shown struct(TStruct s, Type.Named n, Memory m, int at) {
        StringBuilder sb = new StringBuilder(n.simpleName());
        if (!s.fieldNames().isEmpty()) {
            sb.append(" { ");
            for (int i = 0; i < s.fieldNames().size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(s.fieldNames().get(i)).append(": ").append(Printer.debug(decode(m, m.readLong(at + Layout.SLOT * i), s.fieldTypes().get(i))));
            }
            sb.append(" }");
        }
        return new Shown(sb.toString());
    }

    /** A built-in's result as the module's values: none for unit, else one slot. */
    long[] encode(Instance inst, Object v, Type t) {
        if (t == Type.UNIT || t == Type.NEVER) return new long[0];
        return new long[] {slot(inst, v, t)};
    }

    /** The slot bits of {@code v}: a simple value, or an Option or Vec of one, written into the module's heap. */
    private long slot(Instance inst, Object v, Type t) {
        return switch (v) {
            case Long l -> l;
            case Double d -> Double.doubleToRawLongBits(d);
            case Boolean b -> b ? 1 : 0;
            case String s -> writeStr(inst, s);
            case EnumValue e -> {
                int at = alloc(inst, Layout.ENUM_FIELDS + Layout.SLOT);
                inst.memory().writeI32(at + Layout.ENUM_TAG, e.variant());
                if (e.variant() == EnumShape.SOME) {
                    inst.memory().writeLong(at + Layout.ENUM_FIELDS, slot(inst, e.single(), ((Type.Named) t).arg(0)));
                }
                yield at;
            }
            case Vec vec -> {
                Type element = ((Type.Named) t).arg(0);
                int n = vec.size();
                int at = alloc(inst, Layout.VEC_HEADER);
                int data = alloc(inst, Math.max(Layout.SLOT, n * Layout.SLOT));
                for (int i = 0; i < n; i++) inst.memory().writeLong(data + Layout.SLOT * i, slot(inst, vec.get(i), element));
                inst.memory().writeI32(at + Layout.VEC_LEN, n);
                inst.memory().writeI32(at + Layout.VEC_CAP, Math.max(1, n));
                inst.memory().writeI32(at + Layout.VEC_DATA, data);
                yield at;
            }
            default -> throw new IllegalStateException("a built-in gave " + v + " for " + t);
        };
    }
}
