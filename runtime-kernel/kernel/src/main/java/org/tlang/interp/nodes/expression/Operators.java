package org.tlang.interp.nodes.expression;

import org.tlang.interp.nodes.Node;
import org.tlang.interp.nodes.local.AddLocalConst;
import org.tlang.interp.nodes.local.EqLocalConst;
import org.tlang.interp.nodes.local.GeLocalConst;
import org.tlang.interp.nodes.local.GtLocalConst;
import org.tlang.interp.nodes.local.LeLocalConst;
import org.tlang.interp.nodes.local.LtLocalConst;
import org.tlang.interp.nodes.local.NeLocalConst;
import org.tlang.interp.nodes.local.ReadLong;
import org.tlang.tir.BinaryOp;
import org.tlang.tir.Pos;
import org.tlang.tir.Type;

/**
 * The node of a binary operator, specialised by operand type (an Int local and a constant operand
 * give one fused node). Int overflow and division by zero panic.
 */
public final class Operators {
    private Operators() {}

    public static Node binary(BinaryOp op, Type operand, Node l, Node r, Pos pos) {
        if (op == BinaryOp.AND) return new AndAnd(l, r, pos);
        if (op == BinaryOp.OR) return new OrOr(l, r, pos);
        if (operand == Type.INT) {
            Node local = localOperands(op, l, r, pos);
            if (local != null) return local;
            return switch (op) {
                case ADD -> new AddLong(l, r, pos);
                case SUB -> new SubLong(l, r, pos);
                case MUL -> new MulLong(l, r, pos);
                case DIV -> new DivLong(l, r, pos);
                case REM -> new RemLong(l, r, pos);
                case EQ -> new EqLong(l, r, pos);
                case NE -> new NeLong(l, r, pos);
                case LT -> new LtLong(l, r, pos);
                case LE -> new LeLong(l, r, pos);
                case GT -> new GtLong(l, r, pos);
                case GE -> new GeLong(l, r, pos);
                case BIT_AND -> new AndLong(l, r, pos);
                case BIT_OR -> new OrLong(l, r, pos);
                case BIT_XOR -> new XorLong(l, r, pos);
                case SHL -> new ShlLong(l, r, pos);
                case SHR -> new ShrLong(l, r, pos);
                case USHR -> new UshrLong(l, r, pos);
                default -> throw new IllegalStateException(op + " on Int");
            };
        }
        if (operand == Type.FLOAT) {
            return switch (op) {
                case ADD -> new AddDouble(l, r, pos);
                case SUB -> new SubDouble(l, r, pos);
                case MUL -> new MulDouble(l, r, pos);
                case DIV -> new DivDouble(l, r, pos);
                case REM -> new RemDouble(l, r, pos);
                case EQ -> new EqDouble(l, r, pos);
                case NE -> new NeDouble(l, r, pos);
                case LT -> new LtDouble(l, r, pos);
                case LE -> new LeDouble(l, r, pos);
                case GT -> new GtDouble(l, r, pos);
                case GE -> new GeDouble(l, r, pos);
                default -> throw new IllegalStateException(op + " on Float");
            };
        }
        if (operand == Type.BOOL) {
            return switch (op) {
                case EQ -> new EqBool(l, r, pos);
                case NE -> new NeBool(l, r, pos);
                case BIT_AND -> new AndBoolStrict(l, r, pos);
                case BIT_OR -> new OrBoolStrict(l, r, pos);
                case BIT_XOR -> new XorBool(l, r, pos);
                default -> throw new IllegalStateException(op + " on Bool");
            };
        }
        if (operand == Type.STR) {
            switch (op) {
                case ADD:
                    return new Concat(l, r, pos);
                case LT:
                    return new LtStr(l, r, pos);
                case LE:
                    return new LeStr(l, r, pos);
                case GT:
                    return new GtStr(l, r, pos);
                case GE:
                    return new GeStr(l, r, pos);
                default:
            }
        }
        return switch (op) {
            case EQ -> new EqRef(l, r, pos);
            case NE -> new NeRef(l, r, pos);
            default -> throw new IllegalStateException(op + " on " + operand);
        };
    }

    /**
     * Int operations on a local and a constant, common operands (`n - 1`, `n < 2`): one node
     * reading the frame directly instead of three. Null for other operands. (Comparisons of two
     * locals stay generic: more node classes at one call site of the interpreter make it megamorphic.)
     */
    private static Node localOperands(BinaryOp op, Node l, Node r, Pos pos) {
        if (!(l instanceof ReadLong a)) return null;
        if (r instanceof LongConst c) {
            return switch (op) {
                case ADD -> new AddLocalConst(a.slot, c.value, pos);
                case SUB -> c.value == Long.MIN_VALUE ? null : new AddLocalConst(a.slot, -c.value, pos);
                case EQ -> new EqLocalConst(a.slot, c.value, pos);
                case NE -> new NeLocalConst(a.slot, c.value, pos);
                case LT -> new LtLocalConst(a.slot, c.value, pos);
                case LE -> new LeLocalConst(a.slot, c.value, pos);
                case GT -> new GtLocalConst(a.slot, c.value, pos);
                case GE -> new GeLocalConst(a.slot, c.value, pos);
                default -> null;
            };
        }
        return null;
    }
}
