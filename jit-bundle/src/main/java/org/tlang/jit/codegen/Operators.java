package org.tlang.jit.codegen;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.MethodTypeDesc;
import java.util.Locale;
import java.util.function.Consumer;
import org.tlang.tir.BinaryOp;
import org.tlang.tir.TExpr;
import org.tlang.tir.Type;

/**
 * Unary and binary operators, on unboxed Int, Float and Bool where the operands are (Int
 * arithmetic through JitRuntime's checks), and conditions compiled to jumps.
 */
final class Operators {
    private static final MethodTypeDesc MTD_JJII_J = MethodTypeDesc.of(CD_long, CD_long, CD_long, CD_int, CD_int);

    private final Emitter cx;
    private final CodeBuilder code;

    Operators(Emitter cx) {
        this.cx = cx;
        this.code = cx.code;
    }

    /** A Bool from a jump: 1 if {@code jumpIfTrue} jumps, else 0. */
    private void bool(Consumer<Label> jumpIfTrue) {
        Label yes = code.newLabel();
        Label end = code.newLabel();
        jumpIfTrue.accept(yes);
        code.iconst_0();
        code.goto_(end);
        code.labelBinding(yes);
        code.iconst_1();
        code.labelBinding(end);
    }

    void binary(TExpr.Binary b) {
        BinaryOp op = b.op();
        if (op == BinaryOp.AND || op == BinaryOp.OR) {
            Label shortcut = code.newLabel();
            Label end = code.newLabel();
            cx.genAs(b.left(), Repr.Z);
            if (op == BinaryOp.AND) code.ifeq(shortcut);
            else code.ifne(shortcut);
            cx.genAs(b.right(), Repr.Z);
            code.goto_(end);
            code.labelBinding(shortcut);
            code.loadConstant(op == BinaryOp.AND ? 0 : 1);
            code.labelBinding(end);
            return;
        }
        Type t = b.left().type();
        if (t == Type.INT && isComparison(op) && bothInt(b)) {
            cx.genAs(b.left(), Repr.I);
            cx.genHeld(b.right(), Repr.I, 1);
            bool(yes -> branchInt(op, yes));
            return;
        }
        if (t == Type.INT) {
            cx.genAs(b.left(), Repr.J);
            cx.genHeld(b.right(), Repr.J, 1);
            switch (op) {
                case ADD, SUB, MUL, DIV, REM -> {
                    cx.pos(b);
                    code.invokestatic(Descs.RUNTIME, op.name().toLowerCase(Locale.ROOT), MTD_JJII_J);
                }
                case BIT_AND -> code.land();
                case BIT_OR -> code.lor();
                case BIT_XOR -> code.lxor();
                case SHL -> { code.l2i(); code.lshl(); }
                case SHR -> { code.l2i(); code.lshr(); }
                case USHR -> { code.l2i(); code.lushr(); }
                case EQ, NE, LT, LE, GT, GE -> {
                    code.lcmp();
                    bool(yes -> branch(op, yes));
                }
                default -> throw new Unsupported(op + " on Int");
            }
            return;
        }
        if (t == Type.FLOAT) {
            switch (op) {
                case ADD, SUB, MUL, DIV, REM, EQ, NE, LT, LE, GT, GE -> {}
                default -> throw new Unsupported(op + " on Float");
            }
            cx.genAs(b.left(), Repr.D);
            cx.genHeld(b.right(), Repr.D, 1);
            switch (op) {
                case ADD -> code.dadd();
                case SUB -> code.dsub();
                case MUL -> code.dmul();
                case DIV -> code.ddiv();
                case REM -> code.drem();
                default -> {
                    if (op == BinaryOp.LT || op == BinaryOp.LE) code.dcmpg();
                    else code.dcmpl();
                    bool(yes -> branch(op, yes));
                }
            }
            return;
        }
        if (t == Type.BOOL && (op == BinaryOp.EQ || op == BinaryOp.NE || op == BinaryOp.BIT_AND || op == BinaryOp.BIT_OR
                || op == BinaryOp.BIT_XOR)) {
            cx.genAs(b.left(), Repr.Z);
            cx.genHeld(b.right(), Repr.Z, 1);
            switch (op) {
                case EQ -> bool(code::if_icmpeq);
                case NE, BIT_XOR -> code.ixor();
                case BIT_AND -> code.iand();
                default -> code.ior();
            }
            return;
        }
        if (t == Type.STR && isComparison(op) && op != BinaryOp.EQ && op != BinaryOp.NE) {
            // code point order, as the interpreter
            cx.genAs(b.left(), Repr.A);
            code.checkcast(CD_String);
            cx.genHeld(b.right(), Repr.A, 1);
            code.checkcast(CD_String);
            code.invokestatic(Descs.VALUES, "compareStr", MethodTypeDesc.of(CD_int, CD_String, CD_String));
            bool(yes -> branch(op, yes));
            return;
        }
        if (t == Type.STR && op == BinaryOp.ADD) {
            cx.genAs(b.left(), Repr.A);
            code.checkcast(CD_String);
            cx.genHeld(b.right(), Repr.A, 1);
            code.checkcast(CD_String);
            code.invokevirtual(CD_String, "concat", MethodTypeDesc.of(CD_String, CD_String));
            return;
        }
        if (op == BinaryOp.EQ || op == BinaryOp.NE) {
            // every other type compares by value, as the interpreter's EqRef does
            cx.genAs(b.left(), Repr.A);
            cx.genHeld(b.right(), Repr.A, 1);
            code.invokestatic(Descs.OBJECTS, "equals", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
            if (op == BinaryOp.NE) {
                code.iconst_1();
                code.ixor();
            }
            return;
        }
        cx.islands.island(b);
    }

    void unary(TExpr.Unary u) {
        Type t = u.operand().type();
        if (u.op().equals("-")) {
            if (t == Type.FLOAT) {
                cx.genAs(u.operand(), Repr.D);
                code.dneg();
            } else {
                cx.genAs(u.operand(), Repr.J);
                cx.pos(u);
                code.invokestatic(Descs.RUNTIME, "neg", MethodTypeDesc.of(CD_long, CD_long, CD_int, CD_int));
            }
        } else if (t == Type.INT) {
            cx.genAs(u.operand(), Repr.J);
            code.loadConstant(-1L);
            code.lxor();
        } else {
            cx.genAs(u.operand(), Repr.Z);
            code.iconst_1();
            code.ixor();
        }
    }

    /**
     * Jumps to {@code target} if {@code cond} is {@code when}. Comparisons of Int and Float, `&&`,
     * `||` and `!` become jumps without a Bool value in between, as javac compiles conditions.
     */
    void jumpIf(TExpr cond, boolean when, Label target) {
        switch (cond) {
            case TExpr.Const c when c.value() instanceof Boolean b -> {
                if (b == when) code.goto_(target);
            }
            case TExpr.Unary u when u.operand().type() == Type.BOOL && !u.op().equals("-") -> jumpIf(u.operand(), !when, target);
            case TExpr.Binary b when b.op() == BinaryOp.AND || b.op() == BinaryOp.OR -> {
                boolean decisive = b.op() == BinaryOp.OR; // the left value that decides the whole
                if (when == decisive) {
                    jumpIf(b.left(), when, target);
                    jumpIf(b.right(), when, target);
                } else {
                    Label decided = code.newLabel();
                    jumpIf(b.left(), decisive, decided);
                    jumpIf(b.right(), when, target);
                    code.labelBinding(decided);
                }
            }
            case TExpr.Binary b when isComparison(b.op()) && (b.left().type() == Type.INT || b.left().type() == Type.FLOAT) -> {
                cx.lineAt(b.pos());
                if (bothInt(b)) {
                    cx.genAs(b.left(), Repr.I);
                    cx.genHeld(b.right(), Repr.I, 1);
                    branchInt(when ? b.op() : negation(b.op()), target);
                    return;
                }
                if (b.left().type() == Type.INT) {
                    cx.genAs(b.left(), Repr.J);
                    cx.genHeld(b.right(), Repr.J, 1);
                    code.lcmp();
                } else {
                    cx.genAs(b.left(), Repr.D);
                    cx.genHeld(b.right(), Repr.D, 1);
                    // NaN compares so that every comparison but != is false, as in binary()
                    if (b.op() == BinaryOp.LT || b.op() == BinaryOp.LE) code.dcmpg();
                    else code.dcmpl();
                }
                branch(when ? b.op() : negation(b.op()), target);
            }
            default -> {
                cx.genAs(cond, Repr.Z);
                if (when) code.ifne(target);
                else code.ifeq(target);
            }
        }
    }

    /** Whether both operands of the Int operator {@code b} fit an int: it can compare ints, as the counted loops HotSpot unrolls do. */
    private boolean bothInt(TExpr.Binary b) {
        return b.left().type() == Type.INT && cx.fitsInt(b.left()) && cx.fitsInt(b.right());
    }

    private static boolean isComparison(BinaryOp op) {
        return switch (op) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
    }

    private static BinaryOp negation(BinaryOp op) {
        return switch (op) {
            case EQ -> BinaryOp.NE;
            case NE -> BinaryOp.EQ;
            case LT -> BinaryOp.GE;
            case GE -> BinaryOp.LT;
            case LE -> BinaryOp.GT;
            case GT -> BinaryOp.LE;
            default -> throw new IllegalStateException(op.toString());
        };
    }

    /** With two ints on the stack: jump to {@code yes} if the comparison holds. */
    private void branchInt(BinaryOp op, Label yes) {
        switch (op) {
            case EQ -> code.if_icmpeq(yes);
            case NE -> code.if_icmpne(yes);
            case LT -> code.if_icmplt(yes);
            case LE -> code.if_icmple(yes);
            case GT -> code.if_icmpgt(yes);
            case GE -> code.if_icmpge(yes);
            default -> throw new IllegalStateException(op.toString());
        }
    }

    /** After a compare instruction: jump to {@code yes} if the comparison holds. */
    private void branch(BinaryOp op, Label yes) {
        switch (op) {
            case EQ -> code.ifeq(yes);
            case NE -> code.ifne(yes);
            case LT -> code.iflt(yes);
            case LE -> code.ifle(yes);
            case GT -> code.ifgt(yes);
            case GE -> code.ifge(yes);
            default -> throw new IllegalStateException(op.toString());
        }
    }
}
