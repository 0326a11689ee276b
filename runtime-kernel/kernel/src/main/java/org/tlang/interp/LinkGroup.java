package org.tlang.interp;

import java.util.Arrays;
import java.util.Map;

/**
 * The call targets of a group of {@link FunctionCell}s (a program's functions) in one array, so
 * that a new version of any set of modules is switched in by a single volatile write: a call that
 * starts after the switch sees only new code, one that started before sees only old code.
 */
public final class LinkGroup {
    private final String name;
    private volatile CallTarget[] targets = new CallTarget[0];
    private int allocated;

    public LinkGroup(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    synchronized int allocate() {
        return allocated++;
    }

    CallTarget target(int index) {
        CallTarget[] t = targets;
        return index < t.length ? t[index] : null;
    }

    /** Replaces the targets of the given cells of this group at once. */
    public synchronized void switchTo(Map<FunctionCell, CallTarget> newTargets) {
        CallTarget[] next = Arrays.copyOf(targets, allocated);
        for (Map.Entry<FunctionCell, CallTarget> e : newTargets.entrySet()) {
            if (e.getKey().group() != this) throw new IllegalArgumentException(e.getKey().name() + " is not in group " + name);
            next[e.getKey().index()] = e.getValue();
        }
        targets = next;
    }
}
