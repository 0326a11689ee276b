package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Printer;
import org.tlang.tir.Pos;

public final class Match extends Node {
    final Node scrutinee;
    final Matcher[] patterns;
    final Node[] guards;
    final Node[] bodies;

    public Match(Node scrutinee, Matcher[] patterns, Node[] guards, Node[] bodies, Pos pos) {
        super(pos);
        this.scrutinee = scrutinee;
        this.patterns = patterns;
        this.guards = guards;
        this.bodies = bodies;
    }

    private int select(Frame f) {
        Object v = scrutinee.execute(f);
        for (int i = 0; i < patterns.length; i++) {
            if (patterns[i].match(f, v) && (guards[i] == null || guards[i].executeBool(f))) return i;
        }
        throw panic("no match arm matched " + Printer.show(v));
    }

    @Override
    public Object execute(Frame f) {
        return bodies[select(f)].execute(f);
    }

    @Override
    public long executeLong(Frame f) {
        return bodies[select(f)].executeLong(f);
    }

    @Override
    public double executeDouble(Frame f) {
        return bodies[select(f)].executeDouble(f);
    }

    @Override
    public boolean executeBool(Frame f) {
        return bodies[select(f)].executeBool(f);
    }

    @Override
    public void executeVoid(Frame f) {
        bodies[select(f)].executeVoid(f);
    }

    @Override
    public int executeStatement(Frame f) {
        return bodies[select(f)].executeStatement(f);
    }
}
