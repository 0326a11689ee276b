package org.tlang.lang.check;

import org.tlang.lang.syntax.Expr;
import org.tlang.tir.Type;

/** Unary and binary operators, casts and assignment targets. */
final class OperatorChecker {
    private final BodyChecker body;
    private final Unifier unifier;
    private final Typing typing;

    OperatorChecker(BodyChecker body) {
        this.body = body;
        this.unifier = body.unifier;
        this.typing = body.typing;
    }

    Type inferUnary(Expr.Unary u, Scope scope) {
        Type t = body.infer(u.operand(), scope, null);
        body.deferred.add(() -> {
            Type r = Unifier.prune(t);
            boolean ok = u.op().equals("-") ? r == Type.INT || r == Type.FLOAT : r == Type.BOOL || r == Type.INT;
            if (!ok && r != Type.Prim.ERROR && !(r instanceof Type.Var)) {
                body.error(u.pos(), "cannot apply `" + u.op() + "` to " + Unifier.resolve(r));
            }
        });
        return t;
    }

    Type inferCast(Expr.Cast c, Scope scope) {
        Type from = body.infer(c.expr(), scope, null);
        Type to = body.resolveType(c.type(), body.typeParams);
        body.deferred.add(() -> {
            Type f = Unifier.prune(from);
            boolean numeric = (f == Type.INT || f == Type.FLOAT) && (to == Type.INT || to == Type.FLOAT);
            if (!numeric && !unifier.unify(f, to) && f != Type.Prim.ERROR) {
                body.error(c.pos(), "cannot cast " + Unifier.resolve(f) + " as " + to);
            }
        });
        return to;
    }

    Type inferBinary(Expr.Binary b, Scope scope) {
        String op = b.op();
        if (op.equals("&&") || op.equals("||")) {
            body.expect(b.left(), Type.BOOL, scope);
            body.expect(b.right(), Type.BOOL, scope);
            return Type.BOOL;
        }
        Type lt = body.infer(b.left(), scope, null);
        body.expect(b.right(), lt, scope);
        boolean comparison = switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
        body.deferred.add(() -> {
            Type t = Unifier.prune(lt);
            if (t == Type.Prim.ERROR || t == Type.NEVER) return;
            boolean ok = switch (op) {
                case "+" -> t == Type.INT || t == Type.FLOAT || t == Type.STR;
                case "-", "*", "/", "%" -> t == Type.INT || t == Type.FLOAT;
                case "<", "<=", ">", ">=" -> t == Type.INT || t == Type.FLOAT || t == Type.STR;
                case "==", "!=" -> !(t instanceof Type.Fn);
                case "&", "|", "^" -> t == Type.INT || t == Type.BOOL;
                default -> t == Type.INT; // shifts
            };
            if (!ok) body.error(b.pos(), "cannot apply `" + op + "` to " + Unifier.resolve(t));
        });
        return comparison ? Type.BOOL : lt;
    }

    void inferAssign(Expr.Assign a, Scope scope) {
        Type target = inferPlace(a.target(), scope);
        if (a.op().equals("=")) {
            body.expect(a.value(), target, scope);
            return;
        }
        String op = a.op().substring(0, a.op().length() - 1);
        body.expect(a.value(), target, scope);
        body.deferred.add(() -> {
            Type t = Unifier.prune(target);
            boolean ok = switch (op) {
                case "+" -> t == Type.INT || t == Type.FLOAT || t == Type.STR;
                case "-", "*", "/", "%" -> t == Type.INT || t == Type.FLOAT;
                default -> t == Type.INT;
            };
            if (!ok && t != Type.Prim.ERROR) body.error(a.pos(), "cannot apply `" + a.op() + "` to " + Unifier.resolve(t));
        });
    }

    Type inferPlace(Expr target, Scope scope) {
        switch (target) {
            case Expr.Name n when n.path().size() == 1 && scope.lookup(n.last()) != null -> {
                LocalVar v = scope.lookup(n.last());
                if (!v.mutable) {
                    body.error(n.pos(), "cannot assign to `" + n.last() + "`: it is not declared `mut`");
                }
                return body.infer(n, scope, null);
            }
            case Expr.Name n -> {
                Type t = body.infer(n, scope, null);
                Resolution r = typing.resolutions.get(n);
                if (r instanceof Resolution.Global g) {
                    if (!g.global().mutable()) {
                        body.error(n.pos(), "cannot assign to `" + n.joined() + "`: only `static mut` items can be assigned");
                    }
                } else if (r != null) {
                    body.error(n.pos(), "cannot assign to `" + n.joined() + "`");
                }
                return t;
            }
            case Expr.Field f -> {
                Type t = body.infer(f, scope, null);
                Resolution r = typing.resolutions.get(f);
                if (r instanceof Resolution.TupleField) {
                    body.error(f.pos(), "cannot assign to a tuple element: tuples are immutable");
                } else if (r instanceof Resolution.Global g && !g.global().mutable()) {
                    body.error(f.pos(), "cannot assign to `" + f.name() + "`: only `static mut` items can be assigned");
                } else if (r instanceof Resolution.Function) {
                    body.error(f.pos(), "cannot assign to function `" + f.name() + "`");
                }
                return t;
            }
            case Expr.Index ix -> {
                return body.infer(ix, scope, null);
            }
            default -> {
                body.error(target.pos(), "cannot assign to this expression");
                body.infer(target, scope, null);
                return Type.Prim.ERROR;
            }
        }
    }
}
