package org.tlang.interp;

/**
 * The switchable link every call of one named function goes through. Reload, single-function
 * patching and tier-up all replace {@link #target}: a call that already read the old target
 * finishes in it, every call that starts after the switch runs the new one.
 */
public final class FunctionCell implements FnValue {
    private final String name;
    private volatile CallTarget target;

    public FunctionCell(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public CallTarget target() {
        CallTarget t = target;
        if (t == null) throw new PanicException("function " + name + " is not linked", null);
        return t;
    }

    public void setTarget(CallTarget target) {
        this.target = target;
    }

    public boolean isLinked() {
        return target != null;
    }

    @Override
    public Object call(Object[] args) {
        return target().call(args);
    }
}
