package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_Boolean;
import static java.lang.constant.ConstantDescs.CD_Double;
import static java.lang.constant.ConstantDescs.CD_Long;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodType;
import org.tlang.runtime.JvmTypes;
import org.tlang.tir.TLocal;
import org.tlang.tir.Type;

/**
 * JVM representation of a value: long, double, boolean (int), reference, nothing (unit), or none
 * at all (never returns); and an Int held in an int, by the slot of a local whose every value fits
 * one ({@link Counters#narrow}); and the instructions that load, store, drop, return and convert
 * values of each.
 */
enum Repr {
    J, D, Z, A, V, N, I;

    static Repr of(Type t) {
        if (t == Type.INT) return J;
        if (t == Type.FLOAT) return D;
        if (t == Type.BOOL) return Z;
        if (t == Type.UNIT) return V;
        if (t == Type.NEVER) return N;
        return A;
    }

    /** How a Java method's parameter or result of class {@code c} holds its value. */
    static Repr ofJava(Class<?> c) {
        if (c == long.class) return J;
        if (c == double.class) return D;
        if (c == boolean.class) return Z;
        if (c == void.class) return V;
        return A;
    }

    /** Representation in a JVM signature (JvmTypes.of): unit parameters are references. */
    static Repr param(Type t) {
        Repr r = of(t);
        return r == V || r == N ? A : r;
    }

    /**
     * What a local's JVM slot holds: its value, or for a local captured by reference its {@link
     * org.tlang.runtime.Box}; {@link Emitter#slotRepr} also knows the locals held in an int.
     */
    static Repr slot(TLocal l) {
        return l.boxed() ? A : of(l.type());
    }

    /** How a Vec stores elements of type {@code t}: unboxed for Int, Float and Bool. */
    static Repr element(Type t) {
        Repr r = of(t);
        return r == J || r == D || r == Z ? r : A;
    }

    /** How a struct layout class holds a field of layout letter {@code letter}. */
    static Repr field(char letter) {
        return switch (letter) {
            case 'J' -> J;
            case 'D' -> D;
            case 'Z' -> Z;
            default -> A;
        };
    }

    static MethodTypeDesc methodDesc(Type.Fn sig) {
        MethodType mt = JvmTypes.methodType(sig);
        return MethodTypeDesc.ofDescriptor(mt.toMethodDescriptorString());
    }

    ClassDesc desc() {
        return switch (this) {
            case J -> CD_long;
            case D -> CD_double;
            case Z -> CD_boolean;
            case I -> CD_int;
            case A -> CD_Object;
            case V, N -> CD_void;
        };
    }

    TypeKind kind() {
        return switch (this) {
            case J -> TypeKind.LONG;
            case D -> TypeKind.DOUBLE;
            case Z, I -> TypeKind.INT;
            case A -> TypeKind.REFERENCE;
            case V, N -> TypeKind.VOID;
        };
    }

    /** The suffix of JitRuntime's and Vec's typed accessors for elements of this representation. */
    String suffix() {
        return switch (this) {
            case J -> "Long";
            case D -> "Double";
            case Z -> "Bool";
            default -> "";
        };
    }

    void ret(CodeBuilder code) {
        switch (this) {
            case J -> code.lreturn();
            case D -> code.dreturn();
            case Z, I -> code.ireturn();
            case A -> code.areturn();
            case V, N -> code.return_();
        }
    }

    void pushDefault(CodeBuilder code) {
        switch (this) {
            case J -> code.lconst_0();
            case D -> code.dconst_0();
            case Z, I -> code.iconst_0();
            case A -> code.aconst_null();
            case V, N -> {}
        }
    }

    void store(CodeBuilder code, int slot) {
        switch (this) {
            case J -> code.lstore(slot);
            case D -> code.dstore(slot);
            case Z, I -> code.istore(slot);
            case A -> code.astore(slot);
            case V, N -> {}
        }
    }

    void load(CodeBuilder code, int slot) {
        switch (this) {
            case J -> code.lload(slot);
            case D -> code.dload(slot);
            case Z, I -> code.iload(slot);
            case A -> code.aload(slot);
            case V, N -> {}
        }
    }

    void pop(CodeBuilder code) {
        switch (this) {
            case J, D -> code.pop2();
            case Z, A, I -> code.pop();
            case V, N -> {}
        }
    }

    /** Converts the value on the stack from {@code from} to {@code to}. */
    static void coerce(CodeBuilder code, Repr from, Repr to) {
        if (from == to) return;
        if (to == N) to = V;
        if (from == N) {
            to.pushDefault(code); // unreachable: keeps the stack shape the code after it expects
            return;
        }
        if (from == to) return;
        if (to == V) {
            from.pop(code);
            return;
        }
        if (from == I) {
            code.i2l();
            coerce(code, J, to);
            return;
        }
        if (to == I) {
            coerce(code, from, J);
            code.l2i();
            return;
        }
        if (to == A) {
            switch (from) {
                case J -> code.invokestatic(CD_Long, "valueOf", MethodTypeDesc.of(CD_Long, CD_long));
                case D -> code.invokestatic(CD_Double, "valueOf", MethodTypeDesc.of(CD_Double, CD_double));
                case Z -> code.invokestatic(CD_Boolean, "valueOf", MethodTypeDesc.of(CD_Boolean, CD_boolean));
                case V -> code.getstatic(Descs.UNIT, "VALUE", Descs.UNIT);
                default -> throw new Unsupported("coerce " + from + " to " + to);
            }
            return;
        }
        if (from == A) {
            switch (to) {
                case J -> {
                    code.checkcast(CD_Long);
                    code.invokevirtual(CD_Long, "longValue", MethodTypeDesc.of(CD_long));
                }
                case D -> {
                    code.checkcast(CD_Double);
                    code.invokevirtual(CD_Double, "doubleValue", MethodTypeDesc.of(CD_double));
                }
                case Z -> {
                    code.checkcast(CD_Boolean);
                    code.invokevirtual(CD_Boolean, "booleanValue", MethodTypeDesc.of(CD_boolean));
                }
                default -> throw new Unsupported("coerce " + from + " to " + to);
            }
            return;
        }
        throw new Unsupported("coerce " + from + " to " + to);
    }
}
