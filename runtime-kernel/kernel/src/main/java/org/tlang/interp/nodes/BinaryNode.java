package org.tlang.interp.nodes;

import org.tlang.tir.Pos;

/** An operator on two operands whose result is a reference (a Str, say). */
public abstract class BinaryNode extends Node {
    protected final Node left;
    protected final Node right;

    protected BinaryNode(Node left, Node right, Pos pos) {
        super(pos);
        this.left = left;
        this.right = right;
    }
}
