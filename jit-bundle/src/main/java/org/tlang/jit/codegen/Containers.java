package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.List;
import org.tlang.tir.TExpr;
import org.tlang.tir.Type;

/**
 * Tuples, Vec and Map literals and indexing. Vec elements go through typed accessors, unboxed where
 * the Vec stores them so; indexes are checked by JitRuntime with the expression's position.
 */
final class Containers {
    private final Emitter cx;
    private final CodeBuilder code;

    Containers(Emitter cx) {
        this.cx = cx;
        this.code = cx.code;
    }

    static boolean isVec(Type t) {
        return t instanceof Type.Named n && n.name().equals("Vec");
    }

    /** An Object[] of the boxed values of {@code items}, with {@code below} values already on the stack. */
    void objects(List<TExpr> items, int below) {
        code.loadConstant(items.size());
        code.anewarray(CD_Object);
        for (int i = 0; i < items.size(); i++) {
            code.dup();
            code.loadConstant(i);
            cx.genHeld(items.get(i), Repr.A, below + 3);
            code.aastore();
        }
    }

    void tupleNew(TExpr.TupleNew t) {
        code.new_(Descs.TUPLE);
        code.dup();
        objects(t.items(), 2);
        code.invokespecial(Descs.TUPLE, "<init>", MethodTypeDesc.of(CD_void, Descs.OBJECT_ARRAY));
    }

    void tupleGet(TExpr.TupleGet t) {
        cx.genAs(t.tuple(), Repr.A);
        code.checkcast(Descs.TUPLE);
        code.loadConstant(t.index());
        code.invokevirtual(Descs.TUPLE, "get", MethodTypeDesc.of(CD_Object, CD_int));
        cx.coerce(Repr.A, Repr.of(t.type()));
    }

    /** A Vec literal: elements pushed unboxed where the Vec stores them so. */
    void vecNew(TExpr.VecNew v) {
        code.new_(Descs.VEC);
        code.dup();
        code.loadConstant(v.items().size());
        code.invokespecial(Descs.VEC, "<init>", MethodTypeDesc.of(CD_void, CD_int));
        for (TExpr item : v.items()) {
            code.dup();
            Repr elem = Repr.element(item.type());
            switch (elem) {
                case J -> {
                    cx.genHeld(item, Repr.J, 2);
                    code.invokevirtual(Descs.VEC, "pushLong", MethodTypeDesc.of(CD_void, CD_long));
                }
                case D -> {
                    cx.genHeld(item, Repr.D, 2);
                    code.invokevirtual(Descs.VEC, "pushDouble", MethodTypeDesc.of(CD_void, CD_double));
                }
                default -> {
                    cx.genHeld(item, Repr.A, 2);
                    code.invokevirtual(Descs.VEC, "add", MethodTypeDesc.of(CD_boolean, CD_Object));
                    code.pop();
                }
            }
        }
    }

    /** `v[i]`: JitRuntime checks the index (an int's where it fits one), Vec's typed accessor reads the element. */
    void vecGet(TExpr.Index ix) {
        Repr elem = Repr.element(ix.type());
        Repr index = indexRepr(ix.index());
        cx.genAs(ix.target(), Repr.A);
        code.checkcast(Descs.VEC);
        code.dup();
        cx.genHeld(ix.index(), index, 2);
        cx.pos(ix);
        code.invokestatic(Descs.RUNTIME, "index", MethodTypeDesc.of(CD_int, CD_Object, index.desc(), CD_int, CD_int));
        code.invokevirtual(Descs.VEC, "get" + (elem == Repr.A ? "Ref" : elem.suffix()), MethodTypeDesc.of(elem.desc(), CD_int));
        cx.coerce(elem, Repr.of(ix.type()));
    }

    void vecSet(TExpr.SetIndex s) {
        Repr elem = Repr.element(s.value().type());
        Repr index = indexRepr(s.index());
        cx.genAs(s.target(), Repr.A);
        cx.genHeld(s.index(), index, 1);
        cx.genHeld(s.value(), elem, 2);
        cx.pos(s);
        code.invokestatic(Descs.RUNTIME, "vecSet" + elem.suffix(), MethodTypeDesc.of(CD_void, CD_Object, index.desc(), elem.desc(), CD_int, CD_int));
    }

    /** An index is an int where every value of it fits one ({@link Counters#narrow}), else a long. */
    private Repr indexRepr(TExpr index) {
        return cx.fitsInt(index) ? Repr.I : Repr.J;
    }

    void mapNew(TExpr.MapNew m) {
        ClassDesc map = Descs.LINKED_HASH_MAP;
        code.new_(map);
        code.dup();
        code.invokespecial(map, "<init>", MethodTypeDesc.of(CD_void));
        for (int i = 0; i < m.keys().size(); i++) {
            code.dup();
            cx.genHeld(m.keys().get(i), Repr.A, 2);
            cx.genHeld(m.values().get(i), Repr.A, 3);
            code.invokevirtual(map, "put", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object));
            code.pop();
        }
    }

    void mapGet(TExpr.Index ix) {
        cx.genAs(ix.target(), Repr.A);
        cx.genHeld(ix.index(), Repr.A, 1);
        cx.pos(ix);
        code.invokestatic(Descs.RUNTIME, "mapGet", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object, CD_int, CD_int));
        cx.coerce(Repr.A, Repr.of(ix.type()));
    }

    void mapSet(TExpr.SetIndex s) {
        ClassDesc map = Descs.MAP;
        cx.genAs(s.target(), Repr.A);
        code.checkcast(map);
        cx.genHeld(s.index(), Repr.A, 1);
        cx.genHeld(s.value(), Repr.A, 2);
        code.invokeinterface(map, "put", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object));
        code.pop();
    }
}
