package org.tlang.lang.check;

import java.util.ArrayList;
import java.util.List;
import org.tlang.lang.syntax.Expr;
import org.tlang.tir.Type;

/** Closures: each gets its own FnContext; the enclosing loops do not reach into its body. */
final class ClosureChecker {
    private final BodyChecker body;
    private final Unifier unifier;
    private final Typing typing;

    ClosureChecker(BodyChecker body) {
        this.body = body;
        this.unifier = body.unifier;
        this.typing = body.typing;
    }

    Type inferClosure(Expr.Closure c, Scope scope, Type expected) {
        Type.Fn exp = expected != null && Unifier.prune(expected) instanceof Type.Fn ef && ef.params().size() == c.params().size() ? ef : null;
        List<Type> params = new ArrayList<>();
        for (int i = 0; i < c.params().size(); i++) {
            Expr.Param p = c.params().get(i);
            Type t = p.type() != null ? body.resolveType(p.type(), body.typeParams) : exp != null ? exp.params().get(i) : unifier.fresh();
            if (p.type() != null && exp != null) unifier.unify(t, exp.params().get(i));
            params.add(t);
        }
        Type result = c.returnType() != null ? body.resolveType(c.returnType(), body.typeParams) : exp != null ? exp.result() : unifier.fresh();
        FnContext outerCtx = body.ctx;
        List<Type> outerLoops = new ArrayList<>(body.loops);
        FnContext inner = new FnContext(outerCtx, result);
        typing.contexts.put(c, inner);
        body.ctx = inner;
        body.loops.clear();
        Scope s = new Scope(scope);
        for (int i = 0; i < params.size(); i++) {
            Expr.Param p = c.params().get(i);
            LocalVar v = body.newLocal(p.name(), params.get(i), p.mutable());
            inner.params.add(v);
            typing.bindings.put(p, v);
            s.define(p.name(), v);
        }
        Type bodyT = body.infer(c.body(), s, result);
        if (!unifier.unify(result, bodyT)) body.mismatch(c.body().pos(), result, bodyT);
        body.ctx = outerCtx;
        body.loops.addAll(outerLoops);
        return new Type.Fn(params, result);
    }
}
