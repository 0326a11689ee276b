package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_Double;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_long;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.MethodTypeDesc;
import java.util.Set;
import org.tlang.tir.TExpr;
import org.tlang.tir.TLocal;

/**
 * The body of an on-stack-replacement entry, {@code static boolean osr(Frame, long, long)} (see
 * {@link org.tlang.spi.tier.LoopCompiler}): it takes the interpreted activation's locals from its
 * frame, runs the loop from the start of its body, and on leaving writes them back with the
 * loop's value as the frame's completion; true if the function returned.
 */
final class OnStackReplacement {
    private final Emitter cx;
    private final CodeBuilder code;
    /** The loop the entry enters. */
    final TExpr loop;
    /** Slots of the parameters: the interpreter's frame, and a `for`'s counter and bound. */
    final int frame;
    final int counter;
    final int bound;

    OnStackReplacement(Emitter cx, TExpr loop) {
        this.cx = cx;
        this.code = cx.code;
        this.loop = loop;
        this.frame = code.parameterSlot(0);
        this.counter = code.parameterSlot(1);
        this.bound = code.parameterSlot(2);
    }

    void body(Set<TLocal> all) {
        for (TLocal l : all) {
            Repr r = cx.slotRepr(l);
            if (r == Repr.V) continue;
            int s = code.allocateLocal(r.kind());
            cx.slots[l.index()] = s;
            frameArray(r);
            code.loadConstant(l.index());
            if (r == Repr.A) {
                code.aaload();
            } else {
                code.laload();
                if (r == Repr.Z || r == Repr.I) code.l2i();
                if (r == Repr.D) code.invokestatic(CD_Double, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long));
            }
            r.store(code, s);
        }
        cx.frameSlot = code.allocateLocal(TypeKind.REFERENCE);
        code.aconst_null();
        code.astore(cx.frameSlot);
        cx.gen(loop);
        cx.coerce(Repr.of(loop.type()), Repr.A);
        leave(false);
        cx.emitOutOfLine();
    }

    /** The entry's frame array holding locals of representation {@code r}. */
    private void frameArray(Repr r) {
        code.aload(frame);
        Islands.frameArray(code, r);
    }

    /** Leaves the entry with the boxed value on the stack as the frame's completion, every local written back. */
    void leave(boolean returned) {
        code.aload(frame);
        code.swap();
        code.putfield(Descs.FRAME, "completion", CD_Object);
        if (!returned) {
            int[] slots = cx.slots;
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] < 0) continue;
                TLocal l = cx.owner.localAt(i);
                if (l == null) continue;
                Repr r = cx.slotRepr(l);
                frameArray(r);
                code.loadConstant(i);
                r.load(code, slots[i]);
                switch (r) {
                    case Z, I -> code.i2l();
                    case D -> code.invokestatic(CD_Double, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
                    default -> {}
                }
                if (r == Repr.A) code.aastore();
                else code.lastore();
            }
        }
        code.loadConstant(returned ? 1 : 0);
        code.ireturn();
    }
}
