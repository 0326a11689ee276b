package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_Double;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.CodeBuilder;
import java.lang.constant.MethodTypeDesc;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tlang.runtime.Executable;
import org.tlang.tir.TExpr;
import org.tlang.tir.TLocal;

/**
 * An interpreted part ("island") of a compiled function: the interpreter's node for the expression
 * runs over a fresh frame holding the locals it uses, and the locals it set are copied back.
 */
final class Islands {
    private final Emitter cx;
    private final CodeBuilder code;

    Islands(Emitter cx) {
        this.cx = cx;
        this.code = cx.code;
    }

    /** Runs {@code e} in the interpreter over a frame holding the locals it uses, then copies back those it set. */
    void island(TExpr e) {
        if (!Tir.selfContained(e)) {
            throw new Unsupported(e.getClass().getSimpleName() + " at " + e.pos() + " has a return, `?`, break or continue");
        }
        Set<TLocal> used = new LinkedHashSet<>();
        Set<TLocal> written = new LinkedHashSet<>();
        Tir.locals(e, used::add, l -> {
            used.add(l);
            written.add(l);
        });
        Executable node = cx.owner.interpreted(e);
        cx.owner.islands.add(e.getClass().getSimpleName() + (e instanceof TExpr.Intrinsic in ? " " + in.name() : "") + " at " + e.pos());
        cx.getConstant(Recipe.of(Recipe.Kind.INTERPRETED, e), Descs.EXECUTABLE);
        code.new_(Descs.FRAME);
        code.dup();
        code.loadConstant(Math.max(cx.owner.fn.localCount(), 1));
        code.invokespecial(Descs.FRAME, "<init>", MethodTypeDesc.of(CD_void, CD_int));
        code.dup();
        code.astore(cx.frameSlot);
        for (TLocal l : used) {
            Repr r = cx.slotRepr(l);
            int i = l.index();
            if (r == Repr.V) {
                code.aload(cx.frameSlot);
                code.getfield(Descs.FRAME, "refs", Descs.OBJECT_ARRAY);
                code.loadConstant(i);
                code.getstatic(Descs.UNIT, "VALUE", Descs.UNIT);
                code.aastore();
                continue;
            }
            code.aload(cx.frameSlot);
            frameArray(code, r);
            code.loadConstant(i);
            r.load(code, cx.slot(l));
            switch (r) {
                case Z, I -> code.i2l();
                case D -> code.invokestatic(CD_Double, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
                default -> {}
            }
            if (r == Repr.A) code.aastore();
            else code.lastore();
        }
        Repr r = Repr.of(e.type());
        switch (r) {
            case J -> code.invokevirtual(Descs.EXECUTABLE, "executeLong", MethodTypeDesc.of(CD_long, Descs.FRAME));
            case D -> code.invokevirtual(Descs.EXECUTABLE, "executeDouble", MethodTypeDesc.of(CD_double, Descs.FRAME));
            case Z -> code.invokevirtual(Descs.EXECUTABLE, "executeBool", MethodTypeDesc.of(CD_boolean, Descs.FRAME));
            case A -> code.invokevirtual(Descs.EXECUTABLE, "execute", MethodTypeDesc.of(CD_Object, Descs.FRAME));
            case V, N -> code.invokevirtual(Descs.EXECUTABLE, "executeVoid", MethodTypeDesc.of(CD_void, Descs.FRAME));
        }
        for (TLocal l : written) {
            Repr lr = cx.slotRepr(l);
            if (lr == Repr.V) continue;
            code.aload(cx.frameSlot);
            frameArray(code, lr);
            code.loadConstant(l.index());
            if (lr == Repr.A) code.aaload();
            else code.laload();
            switch (lr) {
                case Z -> {
                    code.lconst_0();
                    code.lcmp();
                    // 0 stays 0; 1 gives 1 (prims hold 0/1)
                }
                case I -> code.l2i();
                case D -> code.invokestatic(CD_Double, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long));
                default -> {}
            }
            lr.store(code, cx.slot(l));
        }
        if (r == Repr.N) {
            code.aconst_null();
            code.athrow();
        }
    }

    /** With a Frame on the stack, its array that holds locals of representation {@code r}: refs or prims. */
    static void frameArray(CodeBuilder code, Repr r) {
        if (r == Repr.A) code.getfield(Descs.FRAME, "refs", Descs.OBJECT_ARRAY);
        else code.getfield(Descs.FRAME, "prims", Descs.LONG_ARRAY);
    }
}
