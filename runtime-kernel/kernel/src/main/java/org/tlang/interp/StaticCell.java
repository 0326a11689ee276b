package org.tlang.interp;

/** The storage of one `static`, `static mut` or `const` of a module; kept across reloads when its type is unchanged. */
public final class StaticCell {
    private final String name;
    private final String type;
    private volatile Object value;
    private volatile boolean initialised;

    public StaticCell(String name, String type) {
        this.name = name;
        this.type = type;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public Object get() {
        return value;
    }

    public void set(Object v) {
        value = v;
        initialised = true;
    }

    public boolean initialised() {
        return initialised;
    }
}
