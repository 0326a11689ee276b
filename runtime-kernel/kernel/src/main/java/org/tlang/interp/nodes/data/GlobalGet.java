package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.StaticCell;
import org.tlang.tir.Pos;

/** Reads a static (its cell runs the initialiser on first use). */
public final class GlobalGet extends Node {
    final StaticCell cell;

    public GlobalGet(StaticCell cell, Pos pos) {
        super(pos);
        this.cell = cell;
    }

    @Override
    public Object execute(Frame f) {
        try {
            return cell.get();
        } catch (PanicException p) {
            p.atIfUnknown(pos);
            throw p;
        }
    }
}
