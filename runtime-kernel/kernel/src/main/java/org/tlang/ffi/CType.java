package org.tlang.ffi;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import org.tlang.tir.Type;

/**
 * A C type of an {@code extern} signature or a {@code #[repr(C)]} struct field, with the T type
 * its values have on the T side and the layout they have on the C side (x86-64 and AArch64 Linux:
 * {@code long} and {@code size_t} are 64 bits).
 */
public sealed interface CType {
    /** The T type of its values. */
    Type tType();

    /** The C layout; null for {@code void}. */
    MemoryLayout layout();

    /** The C types whose T type is Int or Float. */
    enum Scalar implements CType {
        C_CHAR("c_char", ValueLayout.JAVA_BYTE, Byte.MIN_VALUE, Byte.MAX_VALUE),
        C_SHORT("c_short", ValueLayout.JAVA_SHORT, Short.MIN_VALUE, Short.MAX_VALUE),
        C_INT("c_int", ValueLayout.JAVA_INT, Integer.MIN_VALUE, Integer.MAX_VALUE),
        C_LONG("c_long", ValueLayout.JAVA_LONG, Long.MIN_VALUE, Long.MAX_VALUE),
        C_LONGLONG("c_longlong", ValueLayout.JAVA_LONG, Long.MIN_VALUE, Long.MAX_VALUE),
        C_SIZE_T("c_size_t", ValueLayout.JAVA_LONG, 0, Long.MAX_VALUE),
        C_FLOAT("c_float", ValueLayout.JAVA_FLOAT, 0, 0),
        C_DOUBLE("c_double", ValueLayout.JAVA_DOUBLE, 0, 0);

        public final String cName;
        private final ValueLayout layout;
        /** The Int range a T value must be in to pass as this type (integer types only). */
        public final long min, max;

        Scalar(String cName, ValueLayout layout, long min, long max) {
            this.cName = cName;
            this.layout = layout;
            this.min = min;
            this.max = max;
        }

        public boolean isFloat() {
            return this == C_FLOAT || this == C_DOUBLE;
        }

        @Override
        public Type tType() {
            return isFloat() ? Type.FLOAT : Type.INT;
        }

        @Override
        public ValueLayout layout() {
            return layout;
        }

        public static Scalar named(String name) {
            for (Scalar s : values()) if (s.cName.equals(name)) return s;
            return null;
        }

        @Override
        public String toString() {
            return cName;
        }
    }

    /** {@code void} (a result only), {@code CStr} (a Str as a NUL-terminated UTF-8 copy) and {@code Ptr} (an opaque address). */
    enum Simple implements CType {
        VOID, CSTR, PTR;

        @Override
        public Type tType() {
            return switch (this) {
                case VOID -> Type.UNIT;
                case CSTR -> Type.STR;
                case PTR -> PTR_TYPE;
            };
        }

        @Override
        public MemoryLayout layout() {
            return this == VOID ? null : ValueLayout.ADDRESS;
        }

        @Override
        public String toString() {
            return switch (this) {
                case VOID -> "()";
                case CSTR -> "CStr";
                case PTR -> "Ptr";
            };
        }
    }

    /** The T type of a {@code Ptr}. */
    Type.Named PTR_TYPE = Type.Named.of("Ptr");

    /** A {@code #[repr(C)]} struct passed by value: {@code name} is qualified, fields in declaration order. */
    record Struct(String name, List<String> fields, List<CType> types) implements CType {
        public Struct {
            fields = List.copyOf(fields);
            types = List.copyOf(types);
        }

        @Override
        public Type tType() {
            return Type.Named.of(name);
        }

        /** Fields at C's offsets: each aligned to its own alignment, the whole padded to the largest. */
        @Override
        public StructLayout layout() {
            List<MemoryLayout> members = new ArrayList<>();
            long offset = 0;
            long align = 1;
            for (int i = 0; i < fields.size(); i++) {
                MemoryLayout l = types.get(i).layout();
                long a = l.byteAlignment();
                align = Math.max(align, a);
                if (offset % a != 0) {
                    long pad = a - offset % a;
                    members.add(MemoryLayout.paddingLayout(pad));
                    offset += pad;
                }
                members.add(l.withName(fields.get(i)));
                offset += l.byteSize();
            }
            if (offset % align != 0) members.add(MemoryLayout.paddingLayout(align - offset % align));
            return MemoryLayout.structLayout(members.toArray(MemoryLayout[]::new));
        }

        @Override
        public String toString() {
            return Type.Named.of(name).simpleName();
        }
    }

    /** {@code Ptr<S>}: a {@code #[repr(C)]} struct passed by pointer (copied in, and back out after the call), or a pointer result read into a new S. */
    record ByPointer(Struct struct) implements CType {
        @Override
        public Type tType() {
            return struct.tType();
        }

        @Override
        public MemoryLayout layout() {
            return ValueLayout.ADDRESS;
        }

        @Override
        public String toString() {
            return "Ptr<" + struct + ">";
        }
    }

    /** {@code Vec<E>} of a scalar or struct E: a pointer to a C array of the Vec's elements, copied back after the call (an out-parameter). */
    record Array(CType element) implements CType {
        @Override
        public Type tType() {
            return Type.vec(element.tType());
        }

        @Override
        public MemoryLayout layout() {
            return ValueLayout.ADDRESS;
        }

        @Override
        public String toString() {
            return "Vec<" + element + ">";
        }
    }

    /** A {@code fn(..)} type: a C function pointer that calls a T function value (an upcall), valid during the call. */
    record Callback(List<CType> params, CType result) implements CType {
        public Callback {
            params = List.copyOf(params);
        }

        @Override
        public Type.Fn tType() {
            return new Type.Fn(params.stream().map(CType::tType).toList(), result.tType());
        }

        @Override
        public MemoryLayout layout() {
            return ValueLayout.ADDRESS;
        }

        @Override
        public String toString() {
            return tType().toString();
        }
    }
}
