package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.List;
import org.tlang.runtime.EnumShape;
import org.tlang.tir.TExpr;
import org.tlang.tir.TPattern;
import org.tlang.tir.Type;

/**
 * `match`, irrefutable `let` patterns and `?`: each pattern is tested against a value in a local,
 * binding its locals on the way; a `match` on a struct's Option field tests the payload for null.
 */
final class Patterns {
    private final Emitter cx;
    private final CodeBuilder code;

    Patterns(Emitter cx) {
        this.cx = cx;
        this.code = cx.code;
    }

    /** A match the compiler does itself: patterns of variants, literals, bindings and wildcards. */
    boolean matchable(TExpr.Match m) {
        for (TExpr.Arm a : m.arms()) if (!simple(a.pattern(), 0)) return false;
        return true;
    }

    boolean simple(TPattern p, int depth) {
        return switch (p) {
            case TPattern.Wildcard w -> true;
            case TPattern.Bind b -> !b.local().boxed() && b.local().type() != Type.NEVER;
            case TPattern.Literal l -> l.value() != null;
            case TPattern.Range r -> r.from() instanceof Long && r.to() instanceof Long || r.from() instanceof Double && r.to() instanceof Double;
            case TPattern.Or o -> depth < 4 && o.alternatives().stream().allMatch(a -> simple(a, depth + 1));
            case TPattern.Variant v -> depth < 4 && v.args().stream().allMatch(a -> simple(a, depth + 1));
            case TPattern.Tuple t -> depth < 4 && t.items().stream().allMatch(a -> simple(a, depth + 1));
            case TPattern.Struct st -> depth < 4 && st.fields().stream().allMatch(a -> simple(a, depth + 1));
            default -> false;
        };
    }

    void match(TExpr.Match m) {
        // the scrutinee's temporary local is the interpreter's; no arm reads it
        if (cx.structs.isOptionField(m.scrutinee())
                && m.arms().stream().allMatch(a -> a.pattern() instanceof TPattern.Variant || a.pattern() instanceof TPattern.Wildcard)) {
            matchOptionPayload(m);
            return;
        }
        Repr r = Repr.of(m.type());
        int value = code.allocateLocal(TypeKind.REFERENCE);
        cx.genAs(m.scrutinee(), Repr.A);
        code.astore(value);
        if (m.scrutineeLocal() != null && Repr.of(m.scrutineeLocal().type()) != Repr.V) {
            code.aload(value);
            cx.coerce(Repr.A, Repr.of(m.scrutineeLocal().type()));
            Repr.of(m.scrutineeLocal().type()).store(code, cx.slot(m.scrutineeLocal()));
        }
        Label end = code.newLabel();
        for (TExpr.Arm arm : m.arms()) {
            Label next = code.newLabel();
            test(arm.pattern(), value, next);
            if (arm.guard() != null) {
                cx.genAs(arm.guard(), Repr.Z);
                code.ifeq(next);
            }
            cx.genAs(arm.body(), r);
            code.goto_(end);
            code.labelBinding(next);
        }
        // the checker made the match exhaustive: never reached
        code.aconst_null();
        code.athrow();
        code.labelBinding(end);
    }

    /** `match s.f { Some(p) => .., None => .. }` on an Option field: tests the payload for null, as a Java programmer would. */
    private void matchOptionPayload(TExpr.Match m) {
        Repr r = Repr.of(m.type());
        int payload = code.allocateLocal(TypeKind.REFERENCE);
        cx.structs.optionFieldPayload((TExpr.FieldGet) m.scrutinee());
        code.astore(payload);
        Label end = code.newLabel();
        for (TExpr.Arm arm : m.arms()) {
            Label next = code.newLabel();
            if (arm.pattern() instanceof TPattern.Variant v) {
                code.aload(payload);
                if (v.index() == EnumShape.NONE) {
                    code.ifnonnull(next);
                } else {
                    code.ifnull(next);
                    test(v.args().getFirst(), payload, next);
                }
            }
            if (arm.guard() != null) cx.operators.jumpIf(arm.guard(), false, next);
            cx.genAs(arm.body(), r);
            code.goto_(end);
            code.labelBinding(next);
        }
        code.aconst_null();
        code.athrow();
        code.labelBinding(end);
    }

    /** Matches the value in local {@code value} against {@code p}, binding its locals; jumps to {@code fail} if it does not match. */
    private void test(TPattern p, int value, Label fail) {
        switch (p) {
            case TPattern.Wildcard w -> {}
            case TPattern.Bind b -> {
                code.aload(value);
                cx.bindLocal(b.local(), Repr.A);
            }
            case TPattern.Literal l -> {
                code.aload(value);
                switch (l.value()) {
                    case Long n -> {
                        cx.coerce(Repr.A, Repr.J);
                        code.loadConstant(n);
                        code.lcmp();
                        code.ifne(fail);
                    }
                    case Boolean z -> {
                        cx.coerce(Repr.A, Repr.Z);
                        if (z) code.ifeq(fail);
                        else code.ifne(fail);
                    }
                    default -> {
                        // as the interpreter: Objects.equals with the literal's value
                        cx.getConstant(Recipe.literal(l.value()), CD_Object);
                        code.invokestatic(Descs.OBJECTS, "equals", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
                        code.ifeq(fail);
                    }
                }
            }
            case TPattern.Variant v -> {
                code.aload(value);
                code.checkcast(Descs.ENUM_VALUE);
                code.invokevirtual(Descs.ENUM_VALUE, "variant", MethodTypeDesc.of(CD_int));
                code.loadConstant(v.index());
                code.if_icmpne(fail);
                for (int i = 0; i < v.args().size(); i++) {
                    TPattern arg = v.args().get(i);
                    if (arg instanceof TPattern.Wildcard) continue;
                    int field = code.allocateLocal(TypeKind.REFERENCE);
                    code.aload(value);
                    code.checkcast(Descs.ENUM_VALUE);
                    if (v.args().size() == 1) {
                        code.invokevirtual(Descs.ENUM_VALUE, "single", MethodTypeDesc.of(CD_Object));
                    } else {
                        code.loadConstant(i);
                        code.invokevirtual(Descs.ENUM_VALUE, "field", MethodTypeDesc.of(CD_Object, CD_int));
                    }
                    code.astore(field);
                    test(arg, field, fail);
                }
            }
            case TPattern.Range r -> {
                // from <= value, then value < to (<= if inclusive); with Float bounds NaN is in no range
                boolean ints = r.from() instanceof Long;
                code.aload(value);
                cx.coerce(Repr.A, ints ? Repr.J : Repr.D);
                code.dup2();
                code.loadConstant((ConstantDesc) r.from());
                if (ints) code.lcmp();
                else code.dcmpl();
                Label low = code.newLabel();
                Label in = code.newLabel();
                code.iflt(low);
                code.loadConstant((ConstantDesc) r.to());
                if (ints) code.lcmp();
                else code.dcmpg();
                if (r.inclusive()) code.ifle(in);
                else code.iflt(in);
                code.goto_(fail);
                code.labelBinding(low);
                code.pop2();
                code.goto_(fail);
                code.labelBinding(in);
            }
            case TPattern.Or o -> {
                Label matched = code.newLabel();
                List<TPattern> alts = o.alternatives();
                for (int i = 0; i < alts.size() - 1; i++) {
                    Label next = code.newLabel();
                    test(alts.get(i), value, next);
                    code.goto_(matched);
                    code.labelBinding(next);
                }
                test(alts.getLast(), value, fail);
                code.labelBinding(matched);
            }
            case TPattern.Tuple t -> {
                for (int i = 0; i < t.items().size(); i++) {
                    if (t.items().get(i) instanceof TPattern.Wildcard) continue;
                    int item = code.allocateLocal(TypeKind.REFERENCE);
                    code.aload(value);
                    code.checkcast(Descs.TUPLE);
                    code.loadConstant(i);
                    code.invokevirtual(Descs.TUPLE, "get", MethodTypeDesc.of(CD_Object, CD_int));
                    code.astore(item);
                    test(t.items().get(i), item, fail);
                }
            }
            case TPattern.Struct st -> {
                for (int i = 0; i < st.fields().size(); i++) {
                    if (st.fields().get(i) instanceof TPattern.Wildcard) continue;
                    int field = code.allocateLocal(TypeKind.REFERENCE);
                    code.aload(value);
                    cx.structs.accessor(Repr.A, st.fieldIndexes().get(i));
                    code.astore(field);
                    test(st.fields().get(i), field, fail);
                }
            }
            default -> throw new Unsupported("pattern " + p);
        }
    }

    /** `let PATTERN = value;` with an irrefutable pattern (the checker made sure). */
    void destructure(TExpr.Destructure d) {
        int value = code.allocateLocal(TypeKind.REFERENCE);
        cx.genAs(d.value(), Repr.A);
        code.astore(value);
        Label unreachable = code.newLabel();
        Label done = code.newLabel();
        test(d.pattern(), value, unreachable);
        code.goto_(done);
        code.labelBinding(unreachable);
        code.aconst_null();
        code.athrow();
        code.labelBinding(done);
    }

    /** `value?`: returns None or the Err from this function, else unwraps Some or Ok. */
    void question(TExpr.Try t) {
        int value = code.allocateLocal(TypeKind.REFERENCE);
        cx.genAs(t.value(), Repr.A);
        code.checkcast(Descs.ENUM_VALUE);
        code.astore(value);
        Label unwrap = code.newLabel();
        code.aload(value);
        code.invokevirtual(Descs.ENUM_VALUE, "isNoneOrErr", MethodTypeDesc.of(CD_boolean));
        code.ifeq(unwrap);
        code.aload(value);
        if (cx.osr != null) {
            cx.osr.leave(true);
        } else {
            cx.coerce(Repr.A, cx.result);
            cx.result.ret(code);
        }
        code.labelBinding(unwrap);
        code.aload(value);
        code.invokevirtual(Descs.ENUM_VALUE, "single", MethodTypeDesc.of(CD_Object));
        cx.coerce(Repr.A, Repr.of(t.type()));
    }
}
