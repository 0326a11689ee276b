package org.tlang.tir;

/** Binary operators. The operand type (the left operand's) selects the operation. */
public enum BinaryOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), REM("%"),
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    AND("&&"), OR("||"),
    BIT_AND("&"), BIT_OR("|"), BIT_XOR("^"), SHL("<<"), SHR(">>"), USHR(">>>");

    public final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public static BinaryOp of(String symbol) {
        for (BinaryOp op : values()) if (op.symbol.equals(symbol)) return op;
        throw new IllegalArgumentException(symbol);
    }

    public boolean isComparison() {
        return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE;
    }
}
