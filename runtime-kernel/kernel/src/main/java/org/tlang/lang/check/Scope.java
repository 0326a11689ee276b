package org.tlang.lang.check;

import java.util.HashMap;
import java.util.Map;

/** A block scope of local bindings. */
final class Scope {
    final Scope parent;
    final Map<String, LocalVar> vars = new HashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    void define(String n, LocalVar v) {
        vars.put(n, v);
    }

    LocalVar lookup(String n) {
        for (Scope s = this; s != null; s = s.parent) {
            LocalVar v = s.vars.get(n);
            if (v != null) return v;
        }
        return null;
    }
}
