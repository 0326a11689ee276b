package org.tlang.lang.check;

import java.util.IdentityHashMap;
import java.util.Map;
import org.tlang.lang.syntax.Expr;
import org.tlang.tir.Type;

/** The checker's findings about one module's syntax tree, keyed by node identity. */
public final class Typing {
    private final Unifier unifier;
    final Map<Object, Type> types = new IdentityHashMap<>();
    final Map<Object, Resolution> resolutions = new IdentityHashMap<>();
    final Map<Object, LocalVar> bindings = new IdentityHashMap<>();
    final Map<Object, FnContext> contexts = new IdentityHashMap<>();
    final Map<Object, Expr.MethodCall> iterCalls = new IdentityHashMap<>();

    Typing(Unifier unifier) {
        this.unifier = unifier;
    }

    /** The inferred type of an expression (or pattern), with inference variables resolved. */
    public Type type(Object node) {
        Type t = types.get(node);
        return t == null ? null : unifier.resolved(t);
    }

    /** {@code t} with its inference variables resolved (a type the checker inferred, such as a local's). */
    public Type resolved(Type t) {
        return unifier.resolved(t);
    }

    public Resolution resolution(Object node) {
        return resolutions.get(node);
    }

    /** The `value.iter()` a `for` over a value of a user type goes over, or null (it goes over the value). */
    public Expr.MethodCall iterCall(Expr.For loop) {
        return iterCalls.get(loop);
    }

    /** The local a pattern binding, parameter or `for` introduces. */
    public LocalVar binding(Object node) {
        return bindings.get(node);
    }

    /** The function context of a function item, closure or static initialiser. */
    public FnContext context(Object node) {
        return contexts.get(node);
    }
}
