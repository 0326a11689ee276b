package org.tlang.runtime;

import java.util.function.Supplier;

/**
 * The storage of one `static`, `static mut` or `const` of a module; kept across reloads when its
 * type is unchanged. Statics are initialised when their module loads, in source order; one that is
 * read before its turn (another static's initialiser uses it) is initialised right then.
 */
public final class StaticCell {
    private final String name;
    private final String type;
    private volatile Object value;
    private volatile boolean initialised;
    private Supplier<Object> initialiser;
    private boolean initialising;

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
        if (!initialised) return initialise();
        return value;
    }

    public void set(Object v) {
        value = v;
        initialised = true;
    }

    public boolean initialised() {
        return initialised;
    }

    /** Gives the cell its initialiser; {@link #initialise} runs it (once). */
    public synchronized void initialiseWith(Supplier<Object> init) {
        this.initialiser = init;
    }

    /** Runs the initialiser unless the value is already there; panics on a cycle between initialisers. */
    public synchronized Object initialise() {
        if (initialised) return value;
        if (initialiser == null) throw new PanicException("static " + name + " has no value", null);
        if (initialising) throw new PanicException("static " + name + " depends on itself", null);
        initialising = true;
        try {
            set(initialiser.get());
            return value;
        } finally {
            initialising = false;
        }
    }
}
