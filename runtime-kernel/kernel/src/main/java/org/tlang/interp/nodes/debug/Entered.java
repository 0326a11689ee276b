package org.tlang.interp.nodes.debug;

import org.tlang.interp.Probe;
import org.tlang.interp.Site;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;

/** The body of a function compiled for a debugger: the probe sees the activation begin and end. */
public final class Entered extends Node {
    private final Node body;
    private final Probe probe;
    private final Site site;

    public Entered(Node body, Probe probe, Site site, org.tlang.tir.Pos pos) {
        super(pos);
        this.body = body;
        this.probe = probe;
        this.site = site;
    }

    @Override
    public Object execute(Frame f) {
        probe.entered(site, f);
        try {
            return body.execute(f);
        } finally {
            probe.left(site);
        }
    }

    @Override
    public long executeLong(Frame f) {
        probe.entered(site, f);
        try {
            return body.executeLong(f);
        } finally {
            probe.left(site);
        }
    }

    @Override
    public double executeDouble(Frame f) {
        probe.entered(site, f);
        try {
            return body.executeDouble(f);
        } finally {
            probe.left(site);
        }
    }

    @Override
    public boolean executeBool(Frame f) {
        probe.entered(site, f);
        try {
            return body.executeBool(f);
        } finally {
            probe.left(site);
        }
    }
}
