package org.tlang.interp.nodes.debug;

import org.tlang.interp.Probe;
import org.tlang.interp.Site;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;

/** A statement of code compiled for a debugger: the probe sees it before it runs. */
public final class Probed extends Node {
    private final Node statement;
    private final Probe probe;
    private final Site site;

    public Probed(Node statement, Probe probe, Site site, org.tlang.tir.Pos pos) {
        super(pos);
        this.statement = statement;
        this.probe = probe;
        this.site = site;
    }

    @Override
    public Object execute(Frame f) {
        probe.line(site, pos, f);
        return statement.execute(f);
    }

    @Override
    public long executeLong(Frame f) {
        probe.line(site, pos, f);
        return statement.executeLong(f);
    }

    @Override
    public double executeDouble(Frame f) {
        probe.line(site, pos, f);
        return statement.executeDouble(f);
    }

    @Override
    public boolean executeBool(Frame f) {
        probe.line(site, pos, f);
        return statement.executeBool(f);
    }

    @Override
    public void executeVoid(Frame f) {
        probe.line(site, pos, f);
        statement.executeVoid(f);
    }

    @Override
    public int executeStatement(Frame f) {
        probe.line(site, pos, f);
        return statement.executeStatement(f);
    }
}
