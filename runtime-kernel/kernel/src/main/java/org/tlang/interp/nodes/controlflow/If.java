package org.tlang.interp.nodes.controlflow;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Unit;
import org.tlang.tir.Pos;

public final class If extends Node {
    final Node cond;
    final Node then;
    final Node otherwise;

    public If(Node cond, Node then, Node otherwise, Pos pos) {
        super(pos);
        this.cond = cond;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override
    public Object execute(Frame f) {
        if (cond.executeBool(f)) return then.execute(f);
        return otherwise == null ? Unit.VALUE : otherwise.execute(f);
    }

    @Override
    public long executeLong(Frame f) {
        return cond.executeBool(f) ? then.executeLong(f) : otherwise.executeLong(f);
    }

    @Override
    public double executeDouble(Frame f) {
        return cond.executeBool(f) ? then.executeDouble(f) : otherwise.executeDouble(f);
    }

    @Override
    public boolean executeBool(Frame f) {
        return cond.executeBool(f) ? then.executeBool(f) : otherwise.executeBool(f);
    }

    @Override
    public void executeVoid(Frame f) {
        if (cond.executeBool(f)) then.executeVoid(f);
        else if (otherwise != null) otherwise.executeVoid(f);
    }

    @Override
    public int executeStatement(Frame f) {
        if (cond.executeBool(f)) return then.executeStatement(f);
        return otherwise == null ? NORMAL : otherwise.executeStatement(f);
    }
}
