package org.tlang.runtime;

/**
 * Code that runs on a {@link Frame}: what the interpreter's nodes are, and what a compiling tier
 * gets for the parts of a function it leaves to the interpreter. A T value of type Int, Float or
 * Bool comes out of the primitive {@code execute*} method without boxing.
 */
public abstract class Executable {

    public abstract Object execute(Frame f);

    public long executeLong(Frame f) {
        return Slots.asLong(execute(f));
    }

    public double executeDouble(Frame f) {
        return (Double) execute(f);
    }

    public boolean executeBool(Frame f) {
        return (Boolean) execute(f);
    }

    /** Runs for effect. */
    public void executeVoid(Frame f) {
        execute(f);
    }
}
