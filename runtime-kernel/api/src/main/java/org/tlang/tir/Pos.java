package org.tlang.tir;

/** A position in a source file: 1-based line and column (column counts characters). */
public record Pos(int line, int column) {
    public static final Pos NONE = new Pos(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
