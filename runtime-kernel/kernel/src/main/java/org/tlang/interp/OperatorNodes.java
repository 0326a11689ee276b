package org.tlang.interp;

import org.tlang.runtime.Values;
import org.tlang.runtime.Frame;

import java.util.Objects;
import org.tlang.tir.Pos;
import org.tlang.tir.BinaryOp;
import org.tlang.tir.Type;

/** Operators, specialised by operand type. Int overflow and division by zero panic. */
final class OperatorNodes {
    private OperatorNodes() {}

    static final class AddLong extends Node.LongNode {
        final Node left;
        final Node right;

        AddLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public long executeLong(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            long r = a + b;
            if (((a ^ r) & (b ^ r)) < 0) throw panic("integer overflow");
            return r;
        }
    }

    static final class SubLong extends Node.LongNode {
        final Node left;
        final Node right;

        SubLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public long executeLong(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            long r = a - b;
            if (((a ^ b) & (a ^ r)) < 0) throw panic("integer overflow");
            return r;
        }
    }

    static final class MulLong extends Node.LongNode {
        final Node left;
        final Node right;

        MulLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public long executeLong(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            long hi = Math.multiplyHigh(a, b);
            long r = a * b;
            if (hi != (r >> 63)) throw panic("integer overflow");
            return r;
        }
    }

    static final class DivLong extends Node.LongNode {
        final Node left;
        final Node right;

        DivLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public long executeLong(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            if (b == 0) throw panic("division by zero");
            if (a == Long.MIN_VALUE && b == -1) throw panic("integer overflow");
            return a / b;
        }
    }

    static final class RemLong extends Node.LongNode {
        final Node left;
        final Node right;

        RemLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public long executeLong(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            if (b == 0) throw panic("division by zero");
            if (b == -1) return 0;
            return a % b;
        }
    }

    static final class AndLong extends Node.LongNode {
        final Node left;
        final Node right;

        AndLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public long executeLong(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            return a & b;
        }
    }

    static final class OrLong extends Node.LongNode {
        final Node left;
        final Node right;

        OrLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public long executeLong(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            return a | b;
        }
    }

    static final class XorLong extends Node.LongNode {
        final Node left;
        final Node right;

        XorLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public long executeLong(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            return a ^ b;
        }
    }

    static final class ShlLong extends Node.LongNode {
        final Node left;
        final Node right;

        ShlLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public long executeLong(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            return a << b;
        }
    }

    static final class ShrLong extends Node.LongNode {
        final Node left;
        final Node right;

        ShrLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public long executeLong(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            return a >> b;
        }
    }

    static final class UshrLong extends Node.LongNode {
        final Node left;
        final Node right;

        UshrLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public long executeLong(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            return a >>> b;
        }
    }

    static final class LtLong extends Node.BoolNode {
        final Node left;
        final Node right;

        LtLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            return a < b;
        }
    }

    static final class LtDouble extends Node.BoolNode {
        final Node left;
        final Node right;

        LtDouble(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            double a = left.executeDouble(f);
            double b = right.executeDouble(f);
            return a < b;
        }
    }

    static final class LeLong extends Node.BoolNode {
        final Node left;
        final Node right;

        LeLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            return a <= b;
        }
    }

    static final class LeDouble extends Node.BoolNode {
        final Node left;
        final Node right;

        LeDouble(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            double a = left.executeDouble(f);
            double b = right.executeDouble(f);
            return a <= b;
        }
    }

    static final class GtLong extends Node.BoolNode {
        final Node left;
        final Node right;

        GtLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            return a > b;
        }
    }

    static final class GtDouble extends Node.BoolNode {
        final Node left;
        final Node right;

        GtDouble(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            double a = left.executeDouble(f);
            double b = right.executeDouble(f);
            return a > b;
        }
    }

    static final class GeLong extends Node.BoolNode {
        final Node left;
        final Node right;

        GeLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            return a >= b;
        }
    }

    static final class GeDouble extends Node.BoolNode {
        final Node left;
        final Node right;

        GeDouble(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            double a = left.executeDouble(f);
            double b = right.executeDouble(f);
            return a >= b;
        }
    }

    static final class EqLong extends Node.BoolNode {
        final Node left;
        final Node right;

        EqLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            return a == b;
        }
    }

    static final class EqDouble extends Node.BoolNode {
        final Node left;
        final Node right;

        EqDouble(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            double a = left.executeDouble(f);
            double b = right.executeDouble(f);
            return a == b;
        }
    }

    static final class NeLong extends Node.BoolNode {
        final Node left;
        final Node right;

        NeLong(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            long a = left.executeLong(f);
            long b = right.executeLong(f);
            return a != b;
        }
    }

    static final class NeDouble extends Node.BoolNode {
        final Node left;
        final Node right;

        NeDouble(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            double a = left.executeDouble(f);
            double b = right.executeDouble(f);
            return a != b;
        }
    }

    static final class AddDouble extends Node.DoubleNode {
        final Node left;
        final Node right;

        AddDouble(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public double executeDouble(Frame f) {
            double a = left.executeDouble(f);
            double b = right.executeDouble(f);
            return a + b;
        }
    }

    static final class SubDouble extends Node.DoubleNode {
        final Node left;
        final Node right;

        SubDouble(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public double executeDouble(Frame f) {
            double a = left.executeDouble(f);
            double b = right.executeDouble(f);
            return a - b;
        }
    }

    static final class MulDouble extends Node.DoubleNode {
        final Node left;
        final Node right;

        MulDouble(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public double executeDouble(Frame f) {
            double a = left.executeDouble(f);
            double b = right.executeDouble(f);
            return a * b;
        }
    }

    static final class DivDouble extends Node.DoubleNode {
        final Node left;
        final Node right;

        DivDouble(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public double executeDouble(Frame f) {
            double a = left.executeDouble(f);
            double b = right.executeDouble(f);
            return a / b;
        }
    }

    static final class RemDouble extends Node.DoubleNode {
        final Node left;
        final Node right;

        RemDouble(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public double executeDouble(Frame f) {
            double a = left.executeDouble(f);
            double b = right.executeDouble(f);
            return a % b;
        }
    }

    static final class EqBool extends Node.BoolNode {
        final Node left;
        final Node right;

        EqBool(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            boolean a = left.executeBool(f);
            boolean b = right.executeBool(f);
            return a == b;
        }
    }

    static final class NeBool extends Node.BoolNode {
        final Node left;
        final Node right;

        NeBool(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            boolean a = left.executeBool(f);
            boolean b = right.executeBool(f);
            return a != b;
        }
    }

    static final class AndBoolStrict extends Node.BoolNode {
        final Node left;
        final Node right;

        AndBoolStrict(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            boolean a = left.executeBool(f);
            boolean b = right.executeBool(f);
            return a & b;
        }
    }

    static final class OrBoolStrict extends Node.BoolNode {
        final Node left;
        final Node right;

        OrBoolStrict(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            boolean a = left.executeBool(f);
            boolean b = right.executeBool(f);
            return a | b;
        }
    }

    static final class XorBool extends Node.BoolNode {
        final Node left;
        final Node right;

        XorBool(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            boolean a = left.executeBool(f);
            boolean b = right.executeBool(f);
            return a ^ b;
        }
    }

    static final class EqRef extends Node.BoolNode {
        final Node left;
        final Node right;

        EqRef(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            Object a = left.execute(f);
            Object b = right.execute(f);
            return Objects.equals(a, b);
        }
    }

    static final class NeRef extends Node.BoolNode {
        final Node left;
        final Node right;

        NeRef(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            Object a = left.execute(f);
            Object b = right.execute(f);
            return !Objects.equals(a, b);
        }
    }

    static final class LtStr extends Node.BoolNode {
        final Node left;
        final Node right;

        LtStr(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            Object a = left.execute(f);
            Object b = right.execute(f);
            return Values.compareStr((String) a, (String) b) < 0;
        }
    }

    static final class LeStr extends Node.BoolNode {
        final Node left;
        final Node right;

        LeStr(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            Object a = left.execute(f);
            Object b = right.execute(f);
            return Values.compareStr((String) a, (String) b) <= 0;
        }
    }

    static final class GtStr extends Node.BoolNode {
        final Node left;
        final Node right;

        GtStr(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            Object a = left.execute(f);
            Object b = right.execute(f);
            return Values.compareStr((String) a, (String) b) > 0;
        }
    }

    static final class GeStr extends Node.BoolNode {
        final Node left;
        final Node right;

        GeStr(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            Object a = left.execute(f);
            Object b = right.execute(f);
            return Values.compareStr((String) a, (String) b) >= 0;
        }
    }

    static final class Concat extends Node {
        final Node left;
        final Node right;

        Concat(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public Object execute(Frame f) {
            return ((String) left.execute(f)).concat((String) right.execute(f));
        }
    }

    static final class AndAnd extends Node.BoolNode {
        final Node left;
        final Node right;

        AndAnd(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            return left.executeBool(f) && right.executeBool(f);
        }
    }

    static final class OrOr extends Node.BoolNode {
        final Node left;
        final Node right;

        OrOr(Node left, Node right, Pos pos) {
            super(pos);
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBool(Frame f) {
            return left.executeBool(f) || right.executeBool(f);
        }
    }

    static final class NegLong extends Node.LongNode {
        final Node operand;

        NegLong(Node operand, Pos pos) {
            super(pos);
            this.operand = operand;
        }

        @Override
        public long executeLong(Frame f) {
            long a = operand.executeLong(f);
            if (a == Long.MIN_VALUE) throw panic("integer overflow");
            return -a;
        }
    }

    static final class NegDouble extends Node.DoubleNode {
        final Node operand;

        NegDouble(Node operand, Pos pos) {
            super(pos);
            this.operand = operand;
        }

        @Override
        public double executeDouble(Frame f) {
            return -operand.executeDouble(f);
        }
    }

    static final class Not extends Node.BoolNode {
        final Node operand;

        Not(Node operand, Pos pos) {
            super(pos);
            this.operand = operand;
        }

        @Override
        public boolean executeBool(Frame f) {
            return !operand.executeBool(f);
        }
    }

    static final class BitNot extends Node.LongNode {
        final Node operand;

        BitNot(Node operand, Pos pos) {
            super(pos);
            this.operand = operand;
        }

        @Override
        public long executeLong(Frame f) {
            return ~operand.executeLong(f);
        }
    }

    static final class IntToFloat extends Node.DoubleNode {
        final Node operand;

        IntToFloat(Node operand, Pos pos) {
            super(pos);
            this.operand = operand;
        }

        @Override
        public double executeDouble(Frame f) {
            return (double) operand.executeLong(f);
        }
    }

    /** Truncates toward zero; NaN gives 0 and out-of-range values saturate (Java's d2l does exactly this). */
    static final class FloatToInt extends Node.LongNode {
        final Node operand;

        FloatToInt(Node operand, Pos pos) {
            super(pos);
            this.operand = operand;
        }

        @Override
        public long executeLong(Frame f) {
            return (long) operand.executeDouble(f);
        }
    }

    /**
     * Int operations on a local and a constant, common operands (`n - 1`, `n < 2`): one node
     * reading the frame directly instead of three. Null for other operands. (Comparisons of two
     * locals stay generic: more node classes at one call site of the interpreter make it megamorphic.)
     */
    static Node localOperands(BinaryOp op, Node l, Node r, Pos pos) {
        if (!(l instanceof LocalNodes.ReadLong a)) return null;
        if (r instanceof LocalNodes.LongConst c) {
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

    /** {@code x + c} (and {@code x - c} as {@code x + -c}) on an Int local. */
    static final class AddLocalConst extends Node.LongNode {
        final int slot;
        final long delta;

        AddLocalConst(int slot, long delta, Pos pos) {
            super(pos);
            this.slot = slot;
            this.delta = delta;
        }

        @Override
        public long executeLong(Frame f) {
            long a = f.prims[slot];
            long r = a + delta;
            if (((a ^ r) & (delta ^ r)) < 0) throw panic("integer overflow");
            return r;
        }
    }

    static final class EqLocalConst extends Node.BoolNode {
        final int slot;
        final long value;

        EqLocalConst(int slot, long value, Pos pos) {
            super(pos);
            this.slot = slot;
            this.value = value;
        }

        @Override
        public boolean executeBool(Frame f) {
            return f.prims[slot] == value;
        }
    }

    static final class NeLocalConst extends Node.BoolNode {
        final int slot;
        final long value;

        NeLocalConst(int slot, long value, Pos pos) {
            super(pos);
            this.slot = slot;
            this.value = value;
        }

        @Override
        public boolean executeBool(Frame f) {
            return f.prims[slot] != value;
        }
    }

    static final class LtLocalConst extends Node.BoolNode {
        final int slot;
        final long value;

        LtLocalConst(int slot, long value, Pos pos) {
            super(pos);
            this.slot = slot;
            this.value = value;
        }

        @Override
        public boolean executeBool(Frame f) {
            return f.prims[slot] < value;
        }
    }

    static final class LeLocalConst extends Node.BoolNode {
        final int slot;
        final long value;

        LeLocalConst(int slot, long value, Pos pos) {
            super(pos);
            this.slot = slot;
            this.value = value;
        }

        @Override
        public boolean executeBool(Frame f) {
            return f.prims[slot] <= value;
        }
    }

    static final class GtLocalConst extends Node.BoolNode {
        final int slot;
        final long value;

        GtLocalConst(int slot, long value, Pos pos) {
            super(pos);
            this.slot = slot;
            this.value = value;
        }

        @Override
        public boolean executeBool(Frame f) {
            return f.prims[slot] > value;
        }
    }

    static final class GeLocalConst extends Node.BoolNode {
        final int slot;
        final long value;

        GeLocalConst(int slot, long value, Pos pos) {
            super(pos);
            this.slot = slot;
            this.value = value;
        }

        @Override
        public boolean executeBool(Frame f) {
            return f.prims[slot] >= value;
        }
    }

    static Node binary(BinaryOp op, Type operand, Node l, Node r, Pos pos) {
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
}
