package org.tlang.interp;

import org.tlang.runtime.FnValue;
import org.tlang.runtime.PanicException;

import java.util.Map;

/**
 * The switchable link every call of one named function goes through. Reload, single-function
 * patching and tier-up all replace its target: a call that already read the old target finishes
 * in it, every call that starts after the switch runs the new one. The targets of one module's
 * cells live together in a {@link LinkGroup} so a module version switches atomically.
 */
public final class FunctionCell implements FnValue {
    private final String name;
    private final LinkGroup group;
    private final int index;

    public FunctionCell(String name, LinkGroup group) {
        this.name = name;
        this.group = group;
        this.index = group.allocate();
    }

    public String name() {
        return name;
    }

    public LinkGroup group() {
        return group;
    }

    int index() {
        return index;
    }

    public CallTarget target() {
        CallTarget t = group.target(index);
        if (t == null) throw new PanicException("function " + name + " is not linked", null);
        return t;
    }

    /** Switches this one function (single-function patch, tier-up). */
    public void setTarget(CallTarget target) {
        group.switchTo(Map.of(this, target));
    }

    public boolean isLinked() {
        return group.target(index) != null;
    }

    @Override
    public Object call(Object[] args) {
        return target().call(args);
    }
}
