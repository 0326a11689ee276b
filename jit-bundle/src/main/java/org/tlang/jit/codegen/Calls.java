package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MutableCallSite;
import java.util.List;
import org.tlang.runtime.BoxedCall;
import org.tlang.tir.Pos;
import org.tlang.tir.TExpr;
import org.tlang.tir.Type;

/**
 * Calls: of T functions through {@code invokedynamic} on the callee's switchable call site, of
 * function values through FnValue.call, and of built-ins (compiled here where that pays, else
 * called directly over boxed arguments). A panic leaving a call gets the call's position.
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
        MutableCallSite site = cx.owner.linkage.callSite(c.callee());
        int index = cx.owner.constantIndex(site);
        Label from = code.newLabel();
        Label to = code.newLabel();
        Label handler = code.newLabel();
        code.labelBinding(from);
        code.invokedynamic(DynamicCallSiteDesc.of(BOOTSTRAP, "t", Repr.methodDesc(sig), index));
        code.labelBinding(to);
        atOnPanic(from, to, handler, c.pos());
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
        Label handler = code.newLabel();
        code.labelBinding(from);
        code.invokeinterface(Descs.FN_VALUE, "call", MethodTypeDesc.of(CD_Object, Descs.OBJECT_ARRAY));
        code.labelBinding(to);
        atOnPanic(from, to, handler, c.pos());
        Repr r = Repr.of(c.type());
        if (r == Repr.N) {
            code.pop();
            code.aconst_null();
            code.athrow();
        } else {
            cx.coerce(Repr.A, r);
        }
    }

    /** A panic thrown between {@code from} and {@code to} leaves the call at {@code pos} (JitRuntime.at), as the interpreter records it. */
    private void atOnPanic(Label from, Label to, Label handler, Pos pos) {
        code.exceptionCatch(from, to, handler, Descs.PANIC);
        int l = pos.line();
        int col = pos.column();
        cx.outOfLine(() -> {
            code.labelBinding(handler);
            code.loadConstant(l);
            code.loadConstant(col);
            code.invokestatic(Descs.RUNTIME, "at", MethodTypeDesc.of(Descs.PANIC, Descs.PANIC, CD_int, CD_int));
            code.athrow();
        });
    }

    /** A built-in the compiler does itself; false to leave it to an island. */
    boolean intrinsic(TExpr.Intrinsic in) {
        String name = in.name();
        switch (name) {
            case "Float.sqrt", "Float.abs", "Float.floor", "Float.ceil", "Float.sin", "Float.cos", "Float.exp", "Float.ln" -> {
                cx.genAs(in.args().getFirst(), Repr.D);
                String m = switch (name) {
                    case "Float.ln" -> "log";
                    default -> name.substring(6);
                };
                code.invokestatic(Descs.MATH, m, MethodTypeDesc.of(CD_double, CD_double));
                cx.coerce(Repr.D, Repr.of(in.type()));
                return true;
            }
            case "Float.round" -> {
                cx.genAs(in.args().getFirst(), Repr.D);
                code.invokestatic(Descs.RUNTIME, "round", MethodTypeDesc.of(CD_double, CD_double));
                cx.coerce(Repr.D, Repr.of(in.type()));
                return true;
            }
            case "Vec.push" -> {
                Repr elem = Repr.element(in.args().get(1).type());
                if (elem == Repr.Z) elem = Repr.A;
                cx.genAs(in.args().get(0), Repr.A);
                cx.genHeld(in.args().get(1), elem, 1);
                code.invokestatic(Descs.RUNTIME, "vecPush" + elem.suffix(), MethodTypeDesc.of(CD_void, CD_Object, elem.desc()));
                cx.coerce(Repr.V, Repr.of(in.type()));
                return true;
            }
            case "Vec.len", "Set.len", "Map.len" -> {
                cx.genAs(in.args().getFirst(), Repr.A);
                code.invokestatic(Descs.RUNTIME, "vecLen", MethodTypeDesc.of(CD_long, CD_Object));
                cx.coerce(Repr.J, Repr.of(in.type()));
                return true;
            }
            default -> {
                return boxedCall(in);
            }
        }
    }

    /** A built-in the interpreter runs over boxed arguments: called directly with them, no interpreted part. */
    private boolean boxedCall(TExpr.Intrinsic in) {
        if (!(cx.owner.interpretedOrNull(in) instanceof BoxedCall call)) return false;
        cx.getConstant(call, Descs.BOXED_CALL);
        cx.containers.objects(in.args(), 1);
        code.invokeinterface(Descs.BOXED_CALL, "apply", MethodTypeDesc.of(CD_Object, Descs.OBJECT_ARRAY));
        Repr r = Repr.of(in.type());
        if (r == Repr.N) {
            code.pop();
            code.aconst_null();
            code.athrow();
        } else {
            cx.coerce(Repr.A, r);
        }
        return true;
    }
}
