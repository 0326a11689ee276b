package org.tlang.lang.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tlang.tir.Type;

/** The function (or closure, or static initialiser) whose body is being checked. */
public final class FnContext {
    final FnContext enclosing;
    final Type returnType;
    final List<LocalVar> params = new ArrayList<>();
    /** Outer local -> this function's proxy for it. */
    final Map<LocalVar, LocalVar> captures = new LinkedHashMap<>();
    int localCount;
    /** An `async fn` body: `.await` is allowed here. */
    boolean async;

    FnContext(FnContext enclosing, Type returnType) {
        this.enclosing = enclosing;
        this.returnType = returnType;
    }

    LocalVar newLocal(String name, Type type, boolean mutable) {
        return new LocalVar(name, type, mutable, localCount++, null);
    }

    public List<LocalVar> params() {
        return params;
    }

    public Map<LocalVar, LocalVar> captures() {
        return captures;
    }

    public int localCount() {
        return localCount;
    }

    public Type returnType() {
        return returnType;
    }
}
