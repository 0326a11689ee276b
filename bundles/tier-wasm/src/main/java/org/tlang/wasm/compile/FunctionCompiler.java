package org.tlang.wasm.compile;

import static org.tlang.wasm.encode.ValType.F64;
import static org.tlang.wasm.encode.ValType.I32;
import static org.tlang.wasm.encode.ValType.I64;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tlang.tir.BinaryOp;
import org.tlang.tir.Pos;
import org.tlang.tir.TExpr;
import org.tlang.tir.TFunction;
import org.tlang.tir.TLocal;
import org.tlang.tir.TPattern;
import org.tlang.tir.Type;
import org.tlang.wasm.encode.Code;
import org.tlang.wasm.encode.ValType;

/**
 * Compiles one TIR function to a WebAssembly function. Its frame on the shadow stack holds its
 * function id and, before each call it makes, the call's position, which is what the host reads
 * to give a panic its T trace. Its entry and every loop back edge count down the safepoint ticks.
 */
final class FunctionCompiler {
    private enum Kind { BODY, BREAK, CONTINUE, OTHER }

    private final ProgramCompiler p;
    private final TFunction fn;
    private final Code c = new Code();
    private final List<ValType> locals = new ArrayList<>();
    private final Map<Integer, Integer> slots = new HashMap<>();
    private final List<Kind> labels = new ArrayList<>();
    private int nextLocal;
    private int fp;
    /** The first of three i64 locals for inline arithmetic, or -1 before the first use. */
    private int scratch = -1;

    FunctionCompiler(ProgramCompiler p, TFunction fn) {
        this.p = p;
        this.fn = fn;
    }

    void compile() {
        for (TLocal param : fn.params()) {
            p.checkType(param.type(), fn.module(), fn.pos());
            if (Layout.of(param.type()) != null) slots.put(param.index(), nextLocal++);
        }
        p.checkType(fn.result(), fn.module(), fn.pos());
        fp = newLocal(I32);
        int limit = Layout.STACK_BASE + WasmProgram.MAX_DEPTH * Layout.FRAME;
        // as in the interpreter, a call that would go too deep panics at the call, in the caller
        c.globalGet(WasmProgram.SP).localTee(fp).i32(limit).op(Code.I32_GE_U).ifThen(null)
                .i32(ProgramCompiler.STACK_OVERFLOW).localGet(fp).i32(Layout.FRAME - Layout.FRAME_POSITION).op(Code.I32_SUB).load(I32, 0)
                .call(p.panicCode).end();
        c.localGet(fp).i32(p.functionId(fn)).store(I32, Layout.FRAME_FUNCTION);
        c.localGet(fp).i32(Layout.FRAME).op(Code.I32_ADD).globalSet(WasmProgram.SP);
        tick(fn.pos());
        open(Kind.BODY);
        c.block(Layout.of(fn.result()));
        emitAs(fn.body(), fn.result());
        close();
        c.localGet(fp).globalSet(WasmProgram.SP);
        p.w.define(p.index(fn), locals, c);
    }

    private int newLocal(ValType t) {
        locals.add(t);
        return nextLocal++;
    }

    private int slot(TLocal local, Pos pos) {
        if (local.boxed()) throw refuse(pos, "variables captured by closures");
        return slots.computeIfAbsent(local.index(), i -> newLocal(Layout.of(local.type())));
    }

    private Refusal refuse(Pos pos, String what) {
        return new Refusal(fn.module(), pos, "the wasm tier does not run " + what);
    }

    private void open(Kind kind) {
        labels.add(kind);
    }

    private void close() {
        labels.removeLast();
        c.end();
    }

    /** The branch depth of the innermost label of {@code kind}. */
    private int depth(Kind kind) {
        for (int i = labels.size() - 1; i >= 0; i--) if (labels.get(i) == kind) return labels.size() - 1 - i;
        throw new IllegalStateException("no " + kind + " label");
    }

    /**
     * Records {@code pos} in the frame as where the function is: the position of a panic raised
     * below it (in a callee, or out of memory in the allocator) and of a stop from outside.
     */
    private void mark(Pos pos) {
        c.localGet(fp).i32(p.position(pos)).store(I32, Layout.FRAME_POSITION);
    }

    /** Counts one tick at {@code pos}, which the frame records (a panic from outside then knows where it stopped). */
    private void tick(Pos pos) {
        mark(pos);
        c.globalGet(WasmProgram.TICKS).i32(1).op(Code.I32_SUB).globalSet(WasmProgram.TICKS);
        c.globalGet(WasmProgram.TICKS).i32(0).op(Code.I32_LT_S).ifThen(null)
                .i32(p.position(pos)).call(p.poll).globalSet(WasmProgram.TICKS).end();
    }

    /** {@code e} as a value of {@code want}: its value dropped if {@code want} has none. */
    private void emitAs(TExpr e, Type want) {
        emit(e);
        if (Layout.of(want) == null && Layout.of(e.type()) != null) c.op(Code.DROP);
    }

    private void statement(TExpr e) {
        emitAs(e, Type.UNIT);
    }

    private void emit(TExpr e) {
        p.checkType(e.type(), fn.module(), e.pos());
        emitExpr(e);
        if (e.type() == Type.NEVER) c.op(Code.UNREACHABLE);
    }

    private void emitExpr(TExpr e) {
        switch (e) {
            case TExpr.Const k -> constant(k.value());
            case TExpr.Local l -> {
                if (Layout.of(l.type()) != null) c.localGet(slot(l.local(), l.pos()));
            }
            case TExpr.Let l -> assign(l.local(), l.init(), l.pos());
            case TExpr.SetLocal s -> assign(s.local(), s.value(), s.pos());
            case TExpr.Global g -> c.call(p.staticSlot(g.ref()).getter());
            case TExpr.SetGlobal g -> {
                ProgramCompiler.StaticSlot s = p.staticSlot(g.ref());
                emit(g.value());
                c.globalSet(s.value()).i32(1).globalSet(s.state());
            }
            case TExpr.Binary b -> binary(b);
            case TExpr.Unary u -> unary(u);
            case TExpr.Cast k -> cast(k);
            case TExpr.If i -> {
                emit(i.cond());
                open(Kind.OTHER);
                c.ifThen(Layout.of(i.type()));
                emitAs(i.then(), i.type());
                if (i.otherwise() != null) {
                    c.elseBranch();
                    emitAs(i.otherwise(), i.type());
                }
                close();
            }
            case TExpr.Block b -> {
                for (TExpr s : b.statements()) statement(s);
                if (b.result() != null) emitAs(b.result(), b.type());
            }
            case TExpr.Loop l -> loop(l);
            case TExpr.ForRange f -> forRange(f);
            case TExpr.ForEach f -> forEach(f);
            case TExpr.Break b -> {
                if (b.value() != null) emit(b.value());
                c.br(depth(Kind.BREAK));
            }
            case TExpr.Continue k -> c.br(depth(Kind.CONTINUE));
            case TExpr.Return r -> {
                if (r.value() != null) emitAs(r.value(), fn.result());
                c.br(depth(Kind.BODY));
            }
            case TExpr.Call call -> {
                if (call.async()) throw refuse(call.pos(), "async functions");
                for (TExpr a : call.args()) emit(a);
                mark(call.pos());
                c.call(p.function(call.callee()));
            }
            case TExpr.Intrinsic in -> intrinsic(in);
            case TExpr.Interpolate in -> {
                mark(in.pos());
                if (in.parts().isEmpty()) c.i32(p.string(""));
                for (int i = 0; i < in.parts().size(); i++) {
                    text(in.parts().get(i));
                    if (i > 0) c.call(p.concat);
                }
            }
            case TExpr.TupleNew t -> record(t.items(), t.pos());
            case TExpr.StructNew s -> record(s.fields(), s.pos());
            case TExpr.TupleGet t -> field(t.tuple(), t.index() * Layout.SLOT, t.type());
            case TExpr.FieldGet f -> field(f.target(), f.index() * Layout.SLOT, f.type());
            case TExpr.SetField s -> {
                emit(s.target());
                emit(s.value());
                store(s.value().type(), s.index() * Layout.SLOT);
            }
            case TExpr.VecNew v -> {
                mark(v.pos());
                int vec = newLocal(I32);
                c.i32(v.items().size()).call(p.vecNew).localSet(vec);
                for (TExpr item : v.items()) {
                    c.localGet(vec);
                    emit(item);
                    bits(item.type());
                    c.call(p.vecPush);
                }
                c.localGet(vec);
            }
            case TExpr.Index ix -> {
                if (!(ix.target().type() instanceof Type.Named n && n.name().equals("Vec"))) throw refuse(ix.pos(), "indexing " + ix.target().type());
                emit(ix.target());
                emit(ix.index());
                c.i32(p.position(ix.pos())).call(p.vecSlot);
                load(ix.type(), 0);
            }
            case TExpr.SetIndex s -> {
                emit(s.target());
                emit(s.index());
                c.i32(p.position(s.pos())).call(p.vecSlot);
                emit(s.value());
                store(s.value().type(), 0);
            }
            case TExpr.VariantNew v -> variant(v);
            case TExpr.Match m -> match(m);
            case TExpr.Destructure d -> {
                int value = temp(d.value());
                test(d.pattern(), () -> c.localGet(value), d.value().type());
                c.op(Code.DROP);
            }
            case TExpr.Try t -> tryValue(t);
            case TExpr.FunctionValue f -> throw refuse(f.pos(), "function values");
            case TExpr.CallValue f -> throw refuse(f.pos(), "calls of function values");
            case TExpr.Closure f -> throw refuse(f.pos(), "closures");
            case TExpr.MapNew m -> throw refuse(m.pos(), "Map values");
            case TExpr.Await a -> throw refuse(a.pos(), "`.await`");
        }
    }

    private void constant(Object v) {
        switch (v) {
            case null -> {}
            case Long l -> c.i64(l);
            case Double d -> c.f64Const(d);
            case Boolean b -> c.i32(b ? 1 : 0);
            case String s -> c.i32(p.string(s));
            default -> throw new IllegalStateException("constant " + v);
        }
    }

    private void assign(TLocal local, TExpr value, Pos pos) {
        emit(value);
        if (Layout.of(local.type()) != null) c.localSet(slot(local, pos));
    }

    /** Evaluates {@code e} into a fresh local (i32 for unit, never read) and gives its index. */
    private int temp(TExpr e) {
        emit(e);
        ValType t = Layout.of(e.type());
        int local = newLocal(t == null ? I32 : t);
        if (t != null) c.localSet(local);
        return local;
    }

    /** The value on the stack as an i64 of the same bits (a slot's content). */
    private void bits(Type t) {
        ValType v = Layout.of(t);
        if (v == null) c.i64(0);
        else if (v == F64) c.op(0xbd); // i64.reinterpret_f64
        else if (v == I32) c.op(Code.I64_EXTEND_I32_U);
    }

    private void load(Type t, int offset) {
        ValType v = Layout.of(t);
        if (v == null) c.op(Code.DROP);
        else c.load(v, offset);
    }

    private void store(Type t, int offset) {
        ValType v = Layout.of(t);
        if (v == null) c.op(Code.DROP);
        else c.store(v, offset);
    }

    private void field(TExpr target, int offset, Type type) {
        emit(target);
        load(type, offset);
    }

    /** A struct or tuple: its fields' slots, in order. */
    private void record(List<TExpr> fields, Pos pos) {
        mark(pos);
        int r = newLocal(I32);
        c.i32(Math.max(Layout.SLOT, fields.size() * Layout.SLOT)).call(p.alloc).localSet(r);
        for (int i = 0; i < fields.size(); i++) {
            c.localGet(r);
            emit(fields.get(i));
            store(fields.get(i).type(), i * Layout.SLOT);
        }
        c.localGet(r);
    }

    private void variant(TExpr.VariantNew v) {
        if (v.args().isEmpty() && v.enumName().equals("Option")) {
            c.i32(Layout.NONE);
            return;
        }
        mark(v.pos());
        int r = newLocal(I32);
        c.i32(Layout.ENUM_FIELDS + v.args().size() * Layout.SLOT).call(p.alloc).localSet(r);
        c.localGet(r).i32(v.index()).store(I32, Layout.ENUM_TAG);
        for (int i = 0; i < v.args().size(); i++) {
            c.localGet(r);
            emit(v.args().get(i));
            store(v.args().get(i).type(), Layout.ENUM_FIELDS + i * Layout.SLOT);
        }
        c.localGet(r);
    }

    /** A part of a string literal: a Str as it is, anything else in its printed form (the host's {@code show}). */
    private void text(TExpr e) {
        emit(e);
        if (e.type() == Type.STR) return;
        bits(e.type());
        c.i32(p.typeId(e.type())).call(p.show);
    }

    private void binary(TExpr.Binary b) {
        Type t = b.left().type();
        BinaryOp op = b.op();
        if (t == Type.BOOL && (op == BinaryOp.AND || op == BinaryOp.OR)) {
            emit(b.left());
            open(Kind.OTHER);
            c.ifThen(I32);
            if (op == BinaryOp.AND) emit(b.right());
            else c.i32(1);
            c.elseBranch();
            if (op == BinaryOp.AND) c.i32(0);
            else emit(b.right());
            close();
            return;
        }
        emit(b.left());
        emit(b.right());
        if (t == Type.INT) {
            switch (op) {
                case ADD, SUB, DIV, REM -> {
                    checkedArithmetic(op, p.position(b.pos()));
                    return;
                }
                case MUL -> {
                    c.i32(p.position(b.pos())).call(p.imul);
                    return;
                }
                default -> {}
            }
            c.op(switch (op) {
                case EQ -> Code.I64_EQ;
                case NE -> Code.I64_NE;
                case LT -> Code.I64_LT_S;
                case LE -> Code.I64_LE_S;
                case GT -> Code.I64_GT_S;
                case GE -> Code.I64_GE_S;
                case BIT_AND -> Code.I64_AND;
                case BIT_OR -> Code.I64_OR;
                case BIT_XOR -> Code.I64_XOR;
                case SHL -> Code.I64_SHL;
                case SHR -> Code.I64_SHR_S;
                case USHR -> Code.I64_SHR_U;
                default -> throw new IllegalStateException(op + " on Int");
            });
        } else if (t == Type.FLOAT) {
            if (op == BinaryOp.REM) {
                c.call(p.frem);
                return;
            }
            c.op(switch (op) {
                case ADD -> Code.F64_ADD;
                case SUB -> Code.F64_SUB;
                case MUL -> Code.F64_MUL;
                case DIV -> Code.F64_DIV;
                case EQ -> Code.F64_EQ;
                case NE -> Code.F64_NE;
                case LT -> Code.F64_LT;
                case LE -> Code.F64_LE;
                case GT -> Code.F64_GT;
                case GE -> Code.F64_GE;
                default -> throw new IllegalStateException(op + " on Float");
            });
        } else if (t == Type.BOOL) {
            c.op(switch (op) {
                case EQ -> Code.I32_EQ;
                case NE -> Code.I32_NE;
                case BIT_AND -> Code.I32_AND;
                case BIT_OR -> Code.I32_OR;
                case BIT_XOR -> Code.I32_XOR;
                default -> throw new IllegalStateException(op + " on Bool");
            });
        } else if (t == Type.STR) {
            if (op == BinaryOp.ADD) {
                mark(b.pos());
                c.call(p.concat);
                return;
            }
            c.call(p.strCmp).i32(0).op(switch (op) {
                case EQ -> Code.I32_EQ;
                case NE -> Code.I32_NE;
                case LT -> Code.I32_LT_S;
                case LE -> Code.I32_LE_S;
                case GT -> Code.I32_GT_S;
                case GE -> Code.I32_GE_S;
                default -> throw new IllegalStateException(op + " on Str");
            });
        } else if (op == BinaryOp.EQ || op == BinaryOp.NE) {
            // values in memory: compared on the host as every other tier compares them
            int right = newLocal(I64);
            bits(t);
            c.localSet(right);
            bits(t);
            c.localGet(right).i32(p.typeId(t)).call(p.eq);
            if (op == BinaryOp.NE) c.op(Code.I32_EQZ);
        } else {
            throw refuse(b.pos(), "`" + op.symbol + "` on " + t);
        }
    }

    /**
     * Int {@code + - / %} on the two operands on the stack, inline (a call costs Chicory more than
     * the check): `integer overflow` and `division by zero` panic at {@code pos} as on every tier.
     */
    private void checkedArithmetic(BinaryOp op, int pos) {
        if (scratch < 0) {
            scratch = newLocal(I64);
            newLocal(I64);
            newLocal(I64);
        }
        int a = scratch, b = scratch + 1, r = scratch + 2;
        c.localSet(b).localSet(a);
        if (op == BinaryOp.ADD || op == BinaryOp.SUB) {
            c.localGet(a).localGet(b).op(op == BinaryOp.ADD ? Code.I64_ADD : Code.I64_SUB).localSet(r);
            // add: both operands' signs differ from the result's; sub: the operands' differ and the result's differs from a's
            if (op == BinaryOp.ADD) c.localGet(a).localGet(r).op(Code.I64_XOR).localGet(b).localGet(r).op(Code.I64_XOR);
            else c.localGet(a).localGet(b).op(Code.I64_XOR).localGet(a).localGet(r).op(Code.I64_XOR);
            c.op(Code.I64_AND).i64(0).op(Code.I64_LT_S);
            panicIf(ProgramCompiler.OVERFLOW, pos);
            c.localGet(r);
            return;
        }
        c.localGet(b).op(Code.I64_EQZ);
        panicIf(ProgramCompiler.DIVISION_BY_ZERO, pos);
        c.localGet(b).i64(-1).op(Code.I64_EQ);
        open(Kind.OTHER);
        c.ifThen(I64);
        if (op == BinaryOp.DIV) {
            c.localGet(a).i64(Long.MIN_VALUE).op(Code.I64_EQ);
            panicIf(ProgramCompiler.OVERFLOW, pos);
            c.i64(0).localGet(a).op(Code.I64_SUB);
        } else {
            c.i64(0); // MIN % -1 is 0, and would trap in i64.rem_s
        }
        c.elseBranch();
        c.localGet(a).localGet(b).op(op == BinaryOp.DIV ? Code.I64_DIV_S : Code.I64_REM_S);
        close();
    }

    /** With a condition on the stack: panics with message {@code code} at {@code pos} if it holds. */
    private void panicIf(int code, int pos) {
        open(Kind.OTHER);
        c.ifThen(null).i32(code).i32(pos).call(p.panicCode);
        close();
    }

    private void unary(TExpr.Unary u) {
        emit(u.operand());
        Type t = u.operand().type();
        if (u.op().equals("-")) {
            if (t == Type.INT) c.i32(p.position(u.pos())).call(p.ineg);
            else c.op(Code.F64_NEG);
        } else if (t == Type.BOOL) {
            c.op(Code.I32_EQZ);
        } else {
            c.i64(-1).op(Code.I64_XOR);
        }
    }

    private void cast(TExpr.Cast k) {
        emit(k.value());
        Type from = k.value().type();
        if (from == k.type()) return;
        if (from == Type.INT && k.type() == Type.FLOAT) c.op(Code.F64_CONVERT_I64_S);
        else if (from == Type.FLOAT && k.type() == Type.INT) c.truncSat();
        else throw refuse(k.pos(), "`as` from " + from + " to " + k.type());
    }

    private void loop(TExpr.Loop l) {
        ValType result = Layout.of(l.type());
        open(Kind.BREAK);
        c.block(result);
        open(Kind.CONTINUE);
        c.loop(null);
        tick(l.pos());
        if (l.cond() != null) {
            emit(l.cond());
            c.op(Code.I32_EQZ).brIf(depth(Kind.BREAK));
        }
        statement(l.body());
        c.br(depth(Kind.CONTINUE));
        close();
        if (result != null) c.op(Code.UNREACHABLE);
        close();
    }

    private void forRange(TExpr.ForRange f) {
        int i = newLocal(I64);
        int end = newLocal(I64);
        emit(f.from());
        c.localSet(i);
        emit(f.to());
        c.localSet(end);
        open(Kind.BREAK);
        c.block(null);
        open(Kind.OTHER);
        c.loop(null);
        c.localGet(i).localGet(end).op(f.inclusive() ? Code.I64_GT_S : Code.I64_GE_S).brIf(depth(Kind.BREAK));
        c.localGet(i).localSet(slot(f.var(), f.pos()));
        open(Kind.CONTINUE);
        c.block(null);
        statement(f.body());
        close();
        if (f.inclusive()) c.localGet(i).localGet(end).op(Code.I64_EQ).brIf(depth(Kind.BREAK)); // `..=` up to Int's maximum
        c.localGet(i).i64(1).op(Code.I64_ADD).localSet(i);
        tick(f.pos());
        c.br(depth(Kind.OTHER));
        close();
        close();
    }

    private void forEach(TExpr.ForEach f) {
        Type t = f.iterable().type();
        if (!(t instanceof Type.Named n && n.name().equals("Vec"))) throw refuse(f.pos(), "`for` over " + t);
        Type element = n.arg(0);
        int vec = temp(f.iterable());
        int i = newLocal(I32);
        c.i32(0).localSet(i);
        open(Kind.BREAK);
        c.block(null);
        open(Kind.OTHER);
        c.loop(null);
        c.localGet(i).localGet(vec).load(I32, Layout.VEC_LEN).op(Code.I32_GE_U).brIf(depth(Kind.BREAK));
        if (Layout.of(element) != null) {
            c.localGet(vec).load(I32, Layout.VEC_DATA).localGet(i).i32(Layout.SLOT).op(Code.I32_MUL).op(Code.I32_ADD);
            load(element, 0);
            c.localSet(slot(f.var(), f.pos()));
        }
        open(Kind.CONTINUE);
        c.block(null);
        statement(f.body());
        close();
        c.localGet(i).i32(1).op(Code.I32_ADD).localSet(i);
        tick(f.pos());
        c.br(depth(Kind.OTHER));
        close();
        close();
    }

    private void match(TExpr.Match m) {
        Type t = m.scrutinee().type();
        emit(m.scrutinee());
        int value;
        if (Layout.of(t) != null) {
            value = m.scrutineeLocal() != null ? slot(m.scrutineeLocal(), m.pos()) : newLocal(Layout.of(t));
            c.localSet(value);
        } else {
            value = -1;
        }
        open(Kind.OTHER);
        c.block(Layout.of(m.type()));
        for (TExpr.Arm arm : m.arms()) {
            open(Kind.OTHER);
            c.block(null);
            test(arm.pattern(), () -> c.localGet(value), t);
            c.op(Code.I32_EQZ).brIf(0);
            if (arm.guard() != null) {
                emit(arm.guard());
                c.op(Code.I32_EQZ).brIf(0);
            }
            emitAs(arm.body(), m.type());
            c.br(1);
            close();
        }
        c.op(Code.UNREACHABLE);
        close();
    }

    /**
     * Leaves an i32 on the stack: 1 if the value {@code load} pushes (of type {@code t}) matches
     * {@code pattern}, binding its variables on the way, else 0.
     */
    private void test(TPattern pattern, Runnable load, Type t) {
        switch (pattern) {
            case TPattern.Wildcard w -> c.i32(1);
            case TPattern.Bind b -> {
                if (Layout.of(t) != null) {
                    load.run();
                    c.localSet(slot(b.local(), fn.pos()));
                }
                c.i32(1);
            }
            case TPattern.Literal l -> {
                load.run();
                literalEquals(l.value(), t);
            }
            case TPattern.Range r -> {
                if (t != Type.INT) throw refuse(fn.pos(), "range patterns over " + t);
                List<Runnable> bounds = new ArrayList<>();
                if (r.from() != null) bounds.add(() -> {
                    load.run();
                    c.i64((Long) r.from()).op(Code.I64_GE_S);
                });
                if (r.to() != null) bounds.add(() -> {
                    load.run();
                    c.i64((Long) r.to()).op(r.inclusive() ? Code.I64_LE_S : Code.I64_LT_S);
                });
                all(bounds);
            }
            case TPattern.Tuple tu -> {
                List<Type> items = ((Type.Tuple) t).items();
                List<Runnable> tests = new ArrayList<>();
                for (int i = 0; i < tu.items().size(); i++) {
                    int at = i * Layout.SLOT;
                    Type it = items.get(i);
                    TPattern sub = tu.items().get(i);
                    tests.add(() -> test(sub, part(load, it, at), it));
                }
                all(tests);
            }
            case TPattern.Struct s -> {
                List<Type> fields = p.structFields(t);
                List<Runnable> tests = new ArrayList<>();
                for (int i = 0; i < s.fields().size(); i++) {
                    int index = s.fieldIndexes().get(i);
                    Type ft = fields.get(index);
                    TPattern sub = s.fields().get(i);
                    tests.add(() -> test(sub, part(load, ft, index * Layout.SLOT), ft));
                }
                all(tests);
            }
            case TPattern.Variant v -> {
                List<Type> fields = p.variantFields(t, v.index());
                List<Runnable> tests = new ArrayList<>();
                tests.add(() -> {
                    load.run();
                    c.load(I32, Layout.ENUM_TAG).i32(v.index()).op(Code.I32_EQ);
                });
                for (int i = 0; i < v.args().size(); i++) {
                    Type ft = fields.get(i);
                    TPattern sub = v.args().get(i);
                    int at = Layout.ENUM_FIELDS + i * Layout.SLOT;
                    tests.add(() -> test(sub, part(load, ft, at), ft));
                }
                all(tests);
            }
            case TPattern.Or o -> {
                test(o.alternatives().getFirst(), load, t);
                for (TPattern alt : o.alternatives().subList(1, o.alternatives().size())) {
                    open(Kind.OTHER);
                    c.ifThen(I32).i32(1).elseBranch();
                    test(alt, load, t);
                    close();
                }
            }
        }
    }

    /** Pushes the field at {@code offset} of the value {@code parent} pushes; nothing for a unit field. */
    private Runnable part(Runnable parent, Type t, int offset) {
        return () -> {
            if (Layout.of(t) == null) return;
            parent.run();
            c.load(Layout.of(t), offset);
        };
    }

    /** The conjunction of tests that each push an i32, short-circuiting. */
    private void all(List<Runnable> tests) {
        if (tests.isEmpty()) {
            c.i32(1);
            return;
        }
        tests.getFirst().run();
        for (Runnable t : tests.subList(1, tests.size())) {
            open(Kind.OTHER);
            c.ifThen(I32);
            t.run();
            c.elseBranch().i32(0);
            close();
        }
    }

    private void literalEquals(Object v, Type t) {
        switch (v) {
            case Long l -> c.i64(l).op(Code.I64_EQ);
            case Double d -> c.f64Const(d).op(Code.F64_EQ);
            case Boolean b -> c.i32(b ? 1 : 0).op(Code.I32_EQ);
            case String s -> c.i32(p.string(s)).call(p.strCmp).op(Code.I32_EQZ);
            default -> throw refuse(fn.pos(), "patterns of " + t);
        }
    }

    private void tryValue(TExpr.Try t) {
        Type.Named n = (Type.Named) t.value().type();
        int value = temp(t.value());
        c.localGet(value).load(I32, Layout.ENUM_TAG);
        if (n.name().equals("Option")) c.op(Code.I32_EQZ); // None
        open(Kind.OTHER);
        c.ifThen(null);
        c.localGet(value).br(depth(Kind.BODY));
        close();
        c.localGet(value);
        load(t.type(), Layout.ENUM_FIELDS);
    }

    private void intrinsic(TExpr.Intrinsic in) {
        List<TExpr> args = in.args();
        switch (in.name()) {
            case "print", "println", "eprint", "eprintln" -> {
                mark(in.pos());
                text(args.getFirst());
                c.i32(in.name().startsWith("e") ? 2 : 1).i32(in.name().endsWith("ln") ? 1 : 0).call(p.write);
            }
            case "Vec::new" -> c.i32(0).call(p.vecNew);
            case "Vec.len" -> {
                emit(args.getFirst());
                c.load(I32, Layout.VEC_LEN).op(Code.I64_EXTEND_I32_U);
            }
            case "Vec.is_empty" -> {
                emit(args.getFirst());
                c.load(I32, Layout.VEC_LEN).op(Code.I32_EQZ);
            }
            case "Vec.push" -> {
                emit(args.get(0));
                emit(args.get(1));
                bits(args.get(1).type());
                mark(in.pos());
                c.call(p.vecPush);
            }
            case "Vec.pop" -> {
                int vec = temp(args.getFirst());
                c.localGet(vec).load(I32, Layout.VEC_LEN).op(Code.I32_EQZ);
                open(Kind.OTHER);
                c.ifThen(I32).i32(Layout.NONE).elseBranch();
                c.localGet(vec).localGet(vec).load(I32, Layout.VEC_LEN).i32(1).op(Code.I32_SUB).store(I32, Layout.VEC_LEN);
                some(() -> c.localGet(vec).load(I32, Layout.VEC_DATA).localGet(vec).load(I32, Layout.VEC_LEN)
                        .i32(Layout.SLOT).op(Code.I32_MUL).op(Code.I32_ADD).load(I64, 0));
                close();
            }
            case "Vec.get" -> {
                int vec = temp(args.get(0));
                int index = temp(args.get(1));
                c.localGet(index).localGet(vec).load(I32, Layout.VEC_LEN).op(Code.I64_EXTEND_I32_U).op(Code.I64_LT_U);
                open(Kind.OTHER);
                c.ifThen(I32);
                some(() -> c.localGet(vec).load(I32, Layout.VEC_DATA).localGet(index).op(Code.I32_WRAP_I64)
                        .i32(Layout.SLOT).op(Code.I32_MUL).op(Code.I32_ADD).load(I64, 0));
                c.elseBranch().i32(Layout.NONE);
                close();
            }
            case "Option.is_some", "Result.is_err" -> {
                emit(args.getFirst());
                c.load(I32, Layout.ENUM_TAG);
            }
            case "Option.is_none", "Result.is_ok" -> {
                emit(args.getFirst());
                c.load(I32, Layout.ENUM_TAG).op(Code.I32_EQZ);
            }
            case "Option.unwrap", "Option.expect", "Result.unwrap", "Result.expect" -> unwrap(in);
            case "Option.unwrap_or", "Result.unwrap_or" -> {
                int value = temp(args.get(0));
                int otherwise = temp(args.get(1));
                ValType vt = Layout.of(in.type());
                c.localGet(value).load(I32, Layout.ENUM_TAG);
                if (in.name().startsWith("Result")) c.op(Code.I32_EQZ); // Ok
                open(Kind.OTHER);
                c.ifThen(vt);
                c.localGet(value);
                load(in.type(), Layout.ENUM_FIELDS);
                c.elseBranch();
                if (vt != null) c.localGet(otherwise);
                close();
            }
            default -> {
                for (TExpr a : args) emit(a);
                mark(in.pos());
                c.i32(p.position(in.pos())).call(p.bridgeImport(in));
            }
        }
    }

    /** Some(bits): a new Option holding the i64 that {@code payload} pushes. */
    private void some(Runnable payload) {
        int r = newLocal(I32);
        c.i32(Layout.ENUM_FIELDS + Layout.SLOT).call(p.alloc).localTee(r).i32(1).store(I32, Layout.ENUM_TAG);
        c.localGet(r);
        payload.run();
        c.store(I64, Layout.ENUM_FIELDS);
        c.localGet(r);
    }

    private void unwrap(TExpr.Intrinsic in) {
        boolean option = in.name().startsWith("Option");
        int value = temp(in.args().get(0));
        int message = in.args().size() > 1 ? temp(in.args().get(1)) : -1;
        int pos = p.position(in.pos());
        c.localGet(value).load(I32, Layout.ENUM_TAG);
        if (option) c.op(Code.I32_EQZ); // None; for a Result, a non-zero tag is Err
        open(Kind.OTHER);
        c.ifThen(null);
        if (option && message < 0) {
            c.i32(ProgramCompiler.UNWRAP_NONE).i32(pos).call(p.panicCode);
        } else if (option) {
            c.localGet(message).i32(pos).call(p.panic);
        } else {
            Type err = ((Type.Named) in.args().getFirst().type()).arg(1);
            c.localGet(value);
            load(err, Layout.ENUM_FIELDS);
            bits(err);
            c.i32(p.typeId(err));
            if (message < 0) c.i32(0);
            else c.localGet(message);
            c.i32(pos).call(p.panicErr);
        }
        close();
        c.localGet(value);
        load(in.type(), Layout.ENUM_FIELDS);
    }
}
