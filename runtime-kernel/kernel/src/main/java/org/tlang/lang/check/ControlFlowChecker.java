package org.tlang.lang.check;

import java.util.List;
import org.tlang.lang.syntax.Expr;
import org.tlang.lang.syntax.Stmt;
import org.tlang.tir.Pos;
import org.tlang.tir.Type;

/** Blocks and statements, `if`, loops, `break`/`continue`/`return`, `?` and `.await`. */
final class ControlFlowChecker {
    private final BodyChecker body;
    private final Unifier unifier;
    private final Typing typing;

    ControlFlowChecker(BodyChecker body) {
        this.body = body;
        this.unifier = body.unifier;
        this.typing = body.typing;
    }

    Type inferBlock(Expr.Block b, Scope outer, Type expected) {
        Scope scope = new Scope(outer);
        Type last = null;
        for (Stmt s : b.stmts()) {
            switch (s) {
                case Stmt.Let let -> {
                    Type declared = let.type() == null ? null : body.resolveType(let.type(), body.typeParams);
                    Type t;
                    if (let.init() == null) {
                        body.error(let.pos(), "`let` needs an initial value");
                        t = declared == null ? Type.Prim.ERROR : declared;
                    } else if (declared != null) {
                        body.expect(let.init(), declared, scope);
                        t = declared;
                    } else {
                        t = body.infer(let.init(), scope, null);
                    }
                    Scope inner = new Scope(scope);
                    body.patterns.bindPattern(let.pattern(), t, inner, false);
                    scope = inner;
                    last = Unifier.prune(t) == Type.NEVER ? Type.NEVER : null;
                }
                case Stmt.ExprStmt es -> {
                    Type t = body.infer(es.expr(), scope, null);
                    if (es.expr() instanceof Expr.Call || es.expr() instanceof Expr.MethodCall) {
                        body.deferred.add(() -> {
                            if (Unifier.prune(t) instanceof Type.Named n && n.name().equals("Result")) {
                                body.warning(es.expr().pos(), "unused `Result` that must be used: handle the error or use `let _ = ..;`");
                            }
                        });
                    }
                    last = Unifier.prune(t) == Type.NEVER ? Type.NEVER : null;
                }
            }
        }
        if (b.result() != null) return body.infer(b.result(), scope, expected);
        return last == Type.NEVER ? Type.NEVER : Type.UNIT;
    }

    Type inferIf(Expr.If i, Scope scope, Type expected) {
        body.expect(i.cond(), Type.BOOL, scope);
        Type thenT = body.infer(i.then(), scope, expected);
        if (i.otherwise() == null) {
            if (!unifier.unify(Type.UNIT, thenT)) {
                Pos at = i.then().result() != null ? i.then().result().pos() : i.pos();
                body.error(at, "`if` without `else` must have type (), found " + Unifier.resolve(thenT));
            }
            return Type.UNIT;
        }
        Type elseT = body.infer(i.otherwise(), scope, expected);
        return join(thenT, elseT, i.otherwise() instanceof Expr.Block eb && eb.result() != null ? eb.result().pos() : i.otherwise().pos());
    }

    Type join(Type a, Type b, Pos pos) {
        Type pa = Unifier.prune(a);
        Type pb = Unifier.prune(b);
        if (pa == Type.NEVER) return b;
        if (pb == Type.NEVER) return a;
        if (!unifier.unify(a, b)) {
            body.error(pos, "`if` and `else` have different types: " + Unifier.resolve(a) + " and " + Unifier.resolve(b));
            return Type.Prim.ERROR;
        }
        return a;
    }

    Type inferWhile(Expr.While w, Scope scope) {
        body.expect(w.cond(), Type.BOOL, scope);
        body.loops.add(null);
        body.infer(w.body(), scope, Type.UNIT);
        body.loops.removeLast();
        return Type.UNIT;
    }

    Type inferLoop(Expr.Loop l, Scope scope) {
        Type.Var bt = unifier.fresh();
        body.loops.add(bt);
        body.infer(l.body(), scope, Type.UNIT);
        body.loops.removeLast();
        // a loop nobody breaks out of never finishes
        return bt.binding() == null ? Type.NEVER : bt;
    }

    Type inferFor(Expr.For f, Scope scope) {
        Type elem;
        if (f.iterable() instanceof Expr.Range r) {
            body.expect(r.from(), Type.INT, scope);
            body.expect(r.to(), Type.INT, scope);
            body.record(r, Type.Named.of("Range"));
            elem = Type.INT;
        } else {
            Type it = Unifier.prune(body.infer(f.iterable(), scope, null));
            if (it == Type.STR) {
                elem = Type.STR;
            } else if (it == Type.Prim.BYTES) {
                elem = Type.INT;
            } else if (it instanceof Type.Named n && (n.name().equals("Vec") || n.name().equals("Set"))) {
                elem = n.arg(0);
            } else if (it instanceof Type.Named n && n.name().equals("Map")) {
                elem = new Type.Tuple(List.of(n.arg(0), n.arg(1)));
            } else if (it instanceof Type.Named n && body.calls.iterItems(f, n) instanceof Type items) {
                elem = items;
            } else {
                if (it != Type.Prim.ERROR) body.error(f.iterable().pos(), "cannot iterate over a value of type " + Unifier.resolve(it));
                elem = Type.Prim.ERROR;
            }
        }
        typing.resolutions.put(f, new Resolution.Types(List.of(elem)));
        Scope inner = new Scope(scope);
        body.patterns.bindPattern(f.pattern(), elem, inner, false);
        body.loops.add(null);
        body.infer(f.body(), inner, Type.UNIT);
        body.loops.removeLast();
        return Type.UNIT;
    }

    Type inferRange(Expr.Range r, Scope scope) {
        body.expect(r.from(), Type.INT, scope);
        body.expect(r.to(), Type.INT, scope);
        body.error(r.pos(), "a range can only be used in `for`");
        return Type.Prim.ERROR;
    }

    Type inferReturn(Expr.Return r, Scope scope) {
        if (r.value() == null) {
            if (!unifier.unify(body.ctx.returnType, Type.UNIT)) body.mismatch(r.pos(), body.ctx.returnType, Type.UNIT);
        } else {
            body.expect(r.value(), body.ctx.returnType, scope);
        }
        return Type.NEVER;
    }

    Type inferBreak(Expr.Break b, Scope scope) {
        if (body.loops.isEmpty()) {
            body.error(b.pos(), "`break` outside of a loop");
            return Type.NEVER;
        }
        Type lt = body.loops.getLast();
        if (b.value() != null) {
            if (lt == null) {
                body.error(b.pos(), "`break` with a value is only allowed in `loop`");
                body.infer(b.value(), scope, null);
            } else {
                body.expect(b.value(), lt, scope);
            }
        } else if (lt != null && !unifier.unify(lt, Type.UNIT)) {
            body.mismatch(b.pos(), lt, Type.UNIT);
        }
        return Type.NEVER;
    }

    Type inferContinue(Expr.Continue c) {
        if (body.loops.isEmpty()) body.error(c.pos(), "`continue` outside of a loop");
        return Type.NEVER;
    }

    Type inferTry(Expr.Try t, Scope scope) {
        Type v = Unifier.prune(body.infer(t.expr(), scope, null));
        Type ret = Unifier.prune(body.ctx.returnType);
        if (v instanceof Type.Named n && n.name().equals("Option")) {
            if (!(ret instanceof Type.Named rn && rn.name().equals("Option"))) {
                body.error(t.pos(), "`?` on an Option needs the function to return an Option, but it returns " + Unifier.resolve(ret));
            }
            return n.arg(0);
        }
        if (v instanceof Type.Named n && n.name().equals("Result")) {
            if (!(ret instanceof Type.Named rn && rn.name().equals("Result"))) {
                body.error(t.pos(), "`?` on a Result needs the function to return a Result, but it returns " + Unifier.resolve(ret));
            } else if (!unifier.unify(rn.arg(1), n.arg(1))) {
                body.error(t.pos(), "`?` error type mismatch: expected " + Unifier.resolve(rn.arg(1)) + ", found " + Unifier.resolve(n.arg(1)));
            }
            return n.arg(0);
        }
        if (v != Type.Prim.ERROR) body.error(t.pos(), "`?` needs an Option or a Result, found " + Unifier.resolve(v));
        return Type.Prim.ERROR;
    }

    Type inferAwait(Expr.Await a, Scope scope) {
        if (!body.ctx.async) body.error(a.pos(), "`.await` is only allowed inside an `async fn`; use `.join()` to wait for a task here");
        Type task = body.infer(a.expr(), scope, null);
        Type.Var r = unifier.fresh();
        if (!unifier.unify(task, Type.Named.of("Task", r))) {
            body.error(a.pos(), "`.await` needs a Task, found " + Unifier.resolve(task));
            return Type.Prim.ERROR;
        }
        return r;
    }
}
