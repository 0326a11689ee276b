package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.Method;
import java.util.List;
import org.tlang.runtime.BoxedCall;
import org.tlang.runtime.builtins.Builtin;
import org.tlang.runtime.builtins.BuiltinTable;
import org.tlang.tir.Pos;
import org.tlang.tir.TExpr;
import org.tlang.tir.Type;

/**
 * Calls: of T functions through {@code invokedynamic} on the callee's switchable call site, of
 * function values through FnValue.call, and of built-ins (their static method called directly
 * where the table names one, else the interpreter's node over boxed arguments). A panic leaving a call gets the call's position.
 */
final class Calls {
    private static final DirectMethodHandleDesc BOOTSTRAP = ConstantDescs.ofCallsiteBootstrap(Descs.RUNTIME, "link",
            ConstantDescs.CD_CallSite, CD_int);

    private final Emitter cx;
    private final CodeBuilder code;

    Calls(Emitter cx) {
        this.cx = cx;
        this.code = cx.code;
    }

    void call(TExpr.Call c) {
        Type.Fn sig = c.callee().signature();
        List<Type> params = sig.params();
        for (int i = 0; i < params.size(); i++) cx.genHeld(c.args().get(i), Repr.param(params.get(i)), i);
        int index = cx.owner.constantIndex(Recipe.of(Recipe.Kind.CALL_SITE, c));
        Label from = code.newLabel();
        Label to = code.newLabel();
        code.labelBinding(from);
        code.invokedynamic(DynamicCallSiteDesc.of(BOOTSTRAP, "t", Repr.methodDesc(sig), index));
        code.labelBinding(to);
        onPanic(from, to, "at", c.pos());
        Repr res = sig.result() == Type.UNIT ? Repr.V : Repr.param(sig.result());
        cx.coerce(res, Repr.of(c.type()));
    }

    /** A call of a function value (a closure, or a named function as a value): FnValue.call over boxed arguments. */
    void callValue(TExpr.CallValue c) {
        cx.genAs(c.callee(), Repr.A);
        code.checkcast(Descs.FN_VALUE);
        cx.containers.objects(c.args(), 1);
        Label from = code.newLabel();
        Label to = code.newLabel();
        code.labelBinding(from);
        code.invokeinterface(Descs.FN_VALUE, "call", MethodTypeDesc.of(CD_Object, Descs.OBJECT_ARRAY));
        code.labelBinding(to);
        onPanic(from, to, "at", c.pos());
        Repr r = Repr.of(c.type());
        if (r == Repr.N) {
            code.pop();
            code.aconst_null();
            code.athrow();
        } else {
            cx.coerce(Repr.A, r);
        }
    }

    /**
     * A panic thrown between {@code from} and {@code to} goes through {@code JitRuntime.<runtime>}
     * with {@code pos}: {@code at}, it leaves a call at pos, as the interpreter records it;
     * {@code placed}, a built-in's panic without a position of its own is at pos.
     */
    private void onPanic(Label from, Label to, String runtime, Pos pos) {
        Label handler = code.newLabel();
        code.exceptionCatch(from, to, handler, Descs.PANIC);
        int l = pos.line();
        int col = pos.column();
        cx.outOfLine(() -> {
            code.labelBinding(handler);
            code.loadConstant(l);
            code.loadConstant(col);
            code.invokestatic(Descs.RUNTIME, runtime, MethodTypeDesc.of(Descs.PANIC, Descs.PANIC, CD_int, CD_int));
            code.athrow();
        });
    }

    /**
     * A built-in: Vec.push by the element's representation, one with a direct method by
     * invokestatic over unboxed values, the rest through the interpreter's node; false to leave it to an island.
     */
    boolean intrinsic(TExpr.Intrinsic in) {
        if (in.name().equals("Vec.push")) {
            vecPush(in);
            return true;
        }
        Builtin b = BuiltinTable.get(in.name());
        if (b != null && b.kind() != Builtin.Kind.INTERPRETED) {
            direct(in, b.method(), b.kind() == Builtin.Kind.TOTAL);
            return true;
        }
        return boxedCall(in);
    }

    private void vecPush(TExpr.Intrinsic in) {
        Repr elem = Repr.element(in.args().get(1).type());
        if (elem == Repr.Z) elem = Repr.A;
        cx.genAs(in.args().get(0), Repr.A);
        cx.genHeld(in.args().get(1), elem, 1);
        code.invokestatic(Descs.RUNTIME, "vecPush" + elem.suffix(), MethodTypeDesc.of(CD_void, CD_Object, elem.desc()));
        cx.coerce(Repr.V, Repr.of(in.type()));
    }

    /** The built-in's static method called with its arguments as its Java parameter types. */
    private void direct(TExpr.Intrinsic in, Method m, boolean total) {
        Class<?>[] params = m.getParameterTypes();
        ClassDesc[] descs = new ClassDesc[params.length];
        for (int i = 0; i < params.length; i++) {
            Repr r = Repr.ofJava(params[i]);
            cx.genHeld(in.args().get(i), r, i);
            descs[i] = Descs.of(params[i]);
            if (r == Repr.A && params[i] != Object.class) code.checkcast(descs[i]);
        }
        Label from = code.newLabel();
        Label to = code.newLabel();
        code.labelBinding(from);
        code.invokestatic(Descs.of(m.getDeclaringClass()), m.getName(), MethodTypeDesc.of(Descs.of(m.getReturnType()), descs));
        code.labelBinding(to);
        if (!total) onPanic(from, to, "placed", in.pos());
        result(Repr.ofJava(m.getReturnType()), in);
    }

    /** The value a built-in left, as its T type wants it; one that never returns throws null after it. */
    private void result(Repr from, TExpr.Intrinsic in) {
        Repr r = Repr.of(in.type());
        if (r == Repr.N) {
            from.pop(code);
            code.aconst_null();
            code.athrow();
        } else {
            cx.coerce(from, r);
        }
    }

    /** A built-in the interpreter runs over boxed arguments: called directly with them, no interpreted part. */
    private boolean boxedCall(TExpr.Intrinsic in) {
        if (!(cx.owner.interpretedOrNull(in) instanceof BoxedCall)) return false;
        cx.getConstant(Recipe.of(Recipe.Kind.INTERPRETED, in), Descs.BOXED_CALL);
        cx.containers.objects(in.args(), 1);
        code.invokeinterface(Descs.BOXED_CALL, "apply", MethodTypeDesc.of(CD_Object, Descs.OBJECT_ARRAY));
        result(Repr.A, in);
        return true;
    }
}
