package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import org.tlang.runtime.ConstantValue;
import org.tlang.tir.TExpr;
import org.tlang.tir.Type;

/**
 * Compiles an expression: dispatches on its kind to the generator of that kind, and compiles
 * itself constants, locals, globals, casts and string interpolation. Each expression leaves a value
 * of {@code Repr.of(e.type())}; what no generator handles runs in the interpreter as an island.
 */
final class Expressions {
    private final Emitter cx;
    private final CodeBuilder code;

    Expressions(Emitter cx) {
        this.cx = cx;
        this.code = cx.code;
    }

    void gen(TExpr e) {
        cx.lineAt(e.pos());
        switch (e) {
            case TExpr.Const c -> constant(c);
            case TExpr.Local l -> cx.loadLocal(l.local());
            case TExpr.Let l -> {
                Repr r = cx.slotRepr(l.local());
                cx.genAs(l.init(), r);
                cx.bindLocal(l.local(), r);
            }
            case TExpr.SetLocal s when cx.flow.isUncheckedStep(s) -> cx.flow.uncheckedStep(s);
            case TExpr.SetLocal s when s.local().boxed() -> {
                code.aload(cx.slot(s.local()));
                code.checkcast(Descs.BOX);
                cx.genHeld(s.value(), Repr.A, 1);
                code.putfield(Descs.BOX, "value", CD_Object);
            }
            case TExpr.SetLocal s -> {
                Repr r = cx.slotRepr(s.local());
                cx.genAs(s.value(), r);
                if (r != Repr.V) r.store(code, cx.slot(s.local()));
            }
            case TExpr.Global g -> {
                cx.getConstant(Recipe.of(Recipe.Kind.GLOBAL, g), Descs.STATIC_CELL);
                cx.pos(g);
                code.invokestatic(Descs.RUNTIME, "staticGet", MethodTypeDesc.of(CD_Object, Descs.STATIC_CELL, CD_int, CD_int));
                cx.coerce(Repr.A, Repr.of(g.type()));
            }
            case TExpr.SetGlobal g -> {
                cx.getConstant(Recipe.of(Recipe.Kind.GLOBAL, g), Descs.STATIC_CELL);
                cx.genHeld(g.value(), Repr.A, 1);
                code.invokevirtual(Descs.STATIC_CELL, "set", MethodTypeDesc.of(CD_void, CD_Object));
            }
            case TExpr.Binary b -> cx.operators.binary(b);
            case TExpr.Unary u -> cx.operators.unary(u);
            case TExpr.Cast c -> cast(c);
            case TExpr.If i -> cx.flow.ifElse(i);
            case TExpr.Block b -> cx.flow.block(b);
            case TExpr.Loop l -> cx.flow.loop(l);
            case TExpr.ForRange r -> cx.flow.forRange(r);
            case TExpr.ForEach fe when Containers.isVec(fe.iterable().type()) -> cx.flow.forEach(fe, false);
            case TExpr.ForEach fe when ControlFlow.takenAtOnce(fe.iterable().type()) -> cx.flow.forEach(fe, true);
            case TExpr.Break b -> cx.flow.breakLoop(b);
            case TExpr.Continue c -> cx.flow.continueLoop();
            case TExpr.Return r -> cx.flow.returns(r);
            case TExpr.Call c when !c.async() -> cx.calls.call(c);
            case TExpr.Intrinsic in when cx.calls.intrinsic(in) -> {}
            case TExpr.Index ix when Containers.isVec(ix.target().type()) -> cx.containers.vecGet(ix);
            case TExpr.Index ix when ix.target().type() instanceof Type.Named n && n.name().equals("Map") -> cx.containers.mapGet(ix);
            case TExpr.MapNew m -> cx.containers.mapNew(m);
            case TExpr.SetIndex s when s.target().type() instanceof Type.Named n && n.name().equals("Map") -> cx.containers.mapSet(s);
            case TExpr.SetIndex s when Containers.isVec(s.target().type()) -> cx.containers.vecSet(s);
            case TExpr.FieldGet g -> cx.structs.fieldGet(g);
            case TExpr.SetField s -> cx.structs.setField(s);
            case TExpr.StructNew sn when cx.structs.shape(sn) != null -> cx.structs.structNew(sn);
            case TExpr.VariantNew vn when cx.structs.shape(vn) != null -> cx.structs.variantNew(vn);
            case TExpr.Match m when cx.patterns.matchable(m) -> cx.patterns.match(m);
            case TExpr.Destructure d when cx.patterns.simple(d.pattern(), 0) -> cx.patterns.destructure(d);
            case TExpr.Interpolate s -> interpolate(s);
            case TExpr.CallValue c -> cx.calls.callValue(c);
            case TExpr.Try t -> cx.patterns.question(t);
            case TExpr.FunctionValue f when constantOf(f) != null -> cx.getConstant(Recipe.of(Recipe.Kind.CONSTANT_VALUE, f), CD_Object);
            case TExpr.Closure c -> cx.closures.closure(c);
            case TExpr.VecNew v when Containers.isVec(v.type()) -> cx.containers.vecNew(v);
            case TExpr.TupleNew t -> cx.containers.tupleNew(t);
            case TExpr.TupleGet t -> cx.containers.tupleGet(t);
            default -> cx.islands.island(e);
        }
    }

    private void constant(TExpr.Const c) {
        Object v = c.value();
        if (c.type() == Type.INT) code.loadConstant((Long) v);
        else if (c.type() == Type.FLOAT) code.loadConstant((Double) v);
        else if (c.type() == Type.BOOL) code.loadConstant((Boolean) v ? 1 : 0);
        else if (c.type() == Type.STR) code.ldc((String) v);
        else if (c.type() == Type.UNIT || v == null) cx.coerce(Repr.V, Repr.of(c.type()));
        else throw new Unsupported("constant of type " + c.type());
    }

    /** The value the interpreter fixed for {@code e} when it compiled it (a named function as a value), or null. */
    private ConstantValue constantOf(TExpr e) {
        return cx.owner.interpretedOrNull(e) instanceof ConstantValue c ? c : null;
    }

    private void cast(TExpr.Cast c) {
        Type from = c.value().type();
        if (from == Type.INT && c.type() == Type.FLOAT) {
            cx.genAs(c.value(), Repr.J);
            code.l2d();
        } else if (from == Type.FLOAT && c.type() == Type.INT) {
            cx.genAs(c.value(), Repr.D);
            code.d2l();
        } else {
            cx.genAs(c.value(), Repr.of(c.type()));
        }
    }

    /** A string literal with `{}` parts, built as the interpreter builds it (Printer.appendPart). */
    private void interpolate(TExpr.Interpolate s) {
        ClassDesc sb = Descs.STRING_BUILDER;
        code.new_(sb);
        code.dup();
        code.invokespecial(sb, "<init>", MethodTypeDesc.of(CD_void));
        for (TExpr part : s.parts()) {
            Type t = part.type();
            if (t == Type.STR) {
                cx.genHeld(part, Repr.A, 1);
                code.checkcast(CD_String);
                code.invokevirtual(sb, "append", MethodTypeDesc.of(sb, CD_String));
            } else if (t == Type.INT) {
                cx.genHeld(part, Repr.J, 1);
                code.invokevirtual(sb, "append", MethodTypeDesc.of(sb, CD_long));
            } else if (t == Type.BOOL) {
                cx.genHeld(part, Repr.Z, 1);
                code.invokevirtual(sb, "append", MethodTypeDesc.of(sb, CD_boolean));
            } else if (t == Type.FLOAT) {
                cx.genHeld(part, Repr.D, 1);
                code.invokestatic(Descs.PRINTER, "showFloat", MethodTypeDesc.of(CD_String, CD_double));
                code.invokevirtual(sb, "append", MethodTypeDesc.of(sb, CD_String));
            } else {
                cx.genHeld(part, Repr.A, 1);
                code.invokestatic(Descs.PRINTER, "appendPart", MethodTypeDesc.of(sb, sb, CD_Object));
            }
        }
        code.invokevirtual(sb, "toString", MethodTypeDesc.of(CD_String));
    }
}
