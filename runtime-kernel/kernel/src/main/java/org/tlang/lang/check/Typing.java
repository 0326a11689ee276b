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
    /** The signature each call of a variadic extern fn calls it with: its fixed parameters, then its arguments' types. */
    final Map<Object, VariadicCall> variadicCalls = new IdentityHashMap<>();

    record VariadicCall(Symbol.Fn fn, Type.Fn signature) {}

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

    /** The signature a call of a variadic extern fn calls it with, or null if {@code call} is no such call. */
    public Type.Fn variadicCall(Object call) {
        VariadicCall v = variadicCalls.get(call);
        return v == null ? null : (Type.Fn) unifier.resolved(v.signature());
    }

    /** Each signature a variadic extern fn is called with in this module, as the function it links. */
    public java.util.Set<org.tlang.tir.FunctionRef> variadicRefs() {
        java.util.Set<org.tlang.tir.FunctionRef> out = new java.util.LinkedHashSet<>();
        for (VariadicCall v : variadicCalls.values()) {
            out.add(new org.tlang.tir.FunctionRef(v.fn().module(), v.fn().name(), (Type.Fn) unifier.resolved(v.signature())));
        }
        return out;
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
