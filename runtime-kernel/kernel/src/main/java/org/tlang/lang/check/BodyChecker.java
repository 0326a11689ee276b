package org.tlang.lang.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tlang.tir.Pos;
import org.tlang.lang.source.Reporter;
import org.tlang.lang.syntax.Expr;
import org.tlang.lang.syntax.Pattern;
import org.tlang.lang.syntax.Stmt;
import org.tlang.lang.syntax.TypeRef;
import org.tlang.tir.TEnum;
import org.tlang.tir.TStruct;
import org.tlang.tir.Type;

/** Checks one function body (closures inside it share it, each with its own FnContext). */
final class BodyChecker {
    private final ModuleChecker m;
    private final Unifier unifier;
    private final Builtins builtins;
    private final Typing typing;
    private final Reporter reporter;
    private final String name;
    private final Map<String, String> aliases;
    FnContext ctx;
    final List<String> typeParams;
    /** Break types of the enclosing loops, innermost last; null for `while`/`for`. */
    final List<Type> loops = new ArrayList<>();
    final List<Runnable> deferred = new ArrayList<>();
    final List<Object> nodes = new ArrayList<>();
    /** Local -> the function context that owns it. */
    final Map<LocalVar, FnContext> owners = new java.util.IdentityHashMap<>();

    private final int errorsBefore;
    /** While binding a later alternative of `|`: the locals the first alternative bound, by name. */
    private Map<String, LocalVar> orBindings;

    BodyChecker(ModuleChecker m, FnContext ctx, List<String> typeParams) {
        this.m = m;
        this.unifier = m.checker.unifier;
        this.builtins = m.checker.builtins;
        this.typing = m.typing;
        this.reporter = m.checker.reporter;
        this.name = m.name;
        this.aliases = m.aliases;
        this.ctx = ctx;
        this.typeParams = typeParams;
        this.errorsBefore = reporter.errorCount();
    }

    void mismatch(Pos pos, Type expected, Type found) {
        error(pos, "type mismatch: expected " + Unifier.resolve(expected) + ", found " + Unifier.resolve(found));
    }

    Type record(Object node, Type t) {
        typing.types.put(node, t);
        nodes.add(node);
        return t;
    }

    /** Runs the checks that need every type known, then demands that every type is. */
    void finish() {
        for (Runnable r : deferred) r.run();
        if (reporter.errorCount() > errorsBefore) return; // unknown types there are mostly consequences
        for (Object node : nodes) {
            Type t = typing.types.get(node);
            if (t != null && !Unifier.resolve(t).isGround()) {
                Pos pos = node instanceof Expr e ? e.pos() : node instanceof Pattern p ? p.pos() : Pos.NONE;
                error(pos, "type annotations needed: cannot infer the type of this expression (found "
                        + Unifier.resolve(t) + ")");
                return;
            }
        }
    }

    LocalVar newLocal(String n, Type t, boolean mutable) {
        LocalVar v = ctx.newLocal(n, t, mutable);
        owners.put(v, ctx);
        return v;
    }

    /** Resolves a local seen from the current context, making capture proxies through closures. */
    LocalVar access(LocalVar v) {
        return proxyIn(ctx, v);
    }

    LocalVar proxyIn(FnContext c, LocalVar v) {
        FnContext owner = owners.getOrDefault(v, null);
        if (owner == null || owner == c) return v;
        if (c.enclosing == null) return v;
        LocalVar outer = proxyIn(c.enclosing, v);
        LocalVar existing = c.captures.get(outer);
        if (existing != null) return existing;
        v.root().captured = true;
        LocalVar proxy = new LocalVar(v.name, v.type, v.mutable, c.localCount++, outer);
        owners.put(proxy, c);
        c.captures.put(outer, proxy);
        return proxy;
    }

    Type expect(Expr e, Type expected, Scope scope) {
        Type t = infer(e, scope, expected);
        if (!unifier.unify(expected, t)) mismatch(e.pos(), expected, t);
        return t;
    }

    Type infer(Expr e, Scope scope, Type expected) {
        return record(e, inferInner(e, scope, expected));
    }

    private Type inferInner(Expr e, Scope scope, Type expected) {
        switch (e) {
            case Expr.IntLit i -> {
                return Type.INT;
            }
            case Expr.FloatLit f -> {
                return Type.FLOAT;
            }
            case Expr.BoolLit b -> {
                return Type.BOOL;
            }
            case Expr.UnitLit u -> {
                return Type.UNIT;
            }
            case Expr.StrLit s -> {
                for (Object part : s.parts()) if (part instanceof Expr pe) infer(pe, scope, null);
                return Type.STR;
            }
            case Expr.Name n -> {
                return inferName(n, scope);
            }
            case Expr.Unary u -> {
                Type t = infer(u.operand(), scope, null);
                deferred.add(() -> {
                    Type r = Unifier.prune(t);
                    boolean ok = u.op().equals("-") ? r == Type.INT || r == Type.FLOAT : r == Type.BOOL || r == Type.INT;
                    if (!ok && r != Type.Prim.ERROR && !(r instanceof Type.Var)) {
                        error(u.pos(), "cannot apply `" + u.op() + "` to " + Unifier.resolve(r));
                    }
                });
                return t;
            }
            case Expr.Binary b -> {
                return inferBinary(b, scope);
            }
            case Expr.Assign a -> {
                inferAssign(a, scope);
                return Type.UNIT;
            }
            case Expr.Cast c -> {
                Type from = infer(c.expr(), scope, null);
                Type to = resolveType(c.type(), typeParams);
                deferred.add(() -> {
                    Type f = Unifier.prune(from);
                    boolean numeric = (f == Type.INT || f == Type.FLOAT) && (to == Type.INT || to == Type.FLOAT);
                    if (!numeric && !unifier.unify(f, to) && f != Type.Prim.ERROR) {
                        error(c.pos(), "cannot cast " + Unifier.resolve(f) + " as " + to);
                    }
                });
                return to;
            }
            case Expr.Call call -> {
                return inferCall(call, scope, expected);
            }
            case Expr.MethodCall mc -> {
                return inferMethodCall(mc, scope, expected);
            }
            case Expr.Field f -> {
                return inferField(f, scope);
            }
            case Expr.Index ix -> {
                return inferIndex(ix, scope);
            }
            case Expr.Tuple t -> {
                List<Type> items = new ArrayList<>();
                for (Expr i : t.items()) items.add(infer(i, scope, null));
                return new Type.Tuple(items);
            }
            case Expr.VecLit v -> {
                Type elem = unifier.fresh();
                if (expected != null && Unifier.prune(expected) instanceof Type.Named n && n.name().equals("Set")) {
                    for (Expr i : v.items()) expect(i, n.arg(0), scope);
                    return n;
                }
                for (Expr i : v.items()) expect(i, elem, scope);
                return Type.vec(elem);
            }
            case Expr.MapLit m -> {
                Type k = unifier.fresh();
                Type val = unifier.fresh();
                for (int i = 0; i < m.keys().size(); i++) {
                    expect(m.keys().get(i), k, scope);
                    expect(m.values().get(i), val, scope);
                }
                return Type.Named.of("Map", k, val);
            }
            case Expr.StructLit s -> {
                return inferStructLit(s, scope);
            }
            case Expr.Block b -> {
                return inferBlock(b, scope, expected);
            }
            case Expr.If i -> {
                expect(i.cond(), Type.BOOL, scope);
                Type thenT = infer(i.then(), scope, expected);
                if (i.otherwise() == null) {
                    if (!unifier.unify(Type.UNIT, thenT)) {
                        Pos at = i.then().result() != null ? i.then().result().pos() : i.pos();
                        error(at, "`if` without `else` must have type (), found " + Unifier.resolve(thenT));
                    }
                    return Type.UNIT;
                }
                Type elseT = infer(i.otherwise(), scope, expected);
                return join(thenT, elseT, i.otherwise() instanceof Expr.Block eb && eb.result() != null ? eb.result().pos() : i.otherwise().pos());
            }
            case Expr.While w -> {
                expect(w.cond(), Type.BOOL, scope);
                loops.add(null);
                infer(w.body(), scope, Type.UNIT);
                loops.removeLast();
                return Type.UNIT;
            }
            case Expr.Loop l -> {
                Type.Var bt = unifier.fresh();
                loops.add(bt);
                infer(l.body(), scope, Type.UNIT);
                loops.removeLast();
                // a loop nobody breaks out of never finishes
                return bt.binding() == null ? Type.NEVER : bt;
            }
            case Expr.For f -> {
                return inferFor(f, scope);
            }
            case Expr.Match m -> {
                return inferMatch(m, scope, expected);
            }
            case Expr.Range r -> {
                expect(r.from(), Type.INT, scope);
                expect(r.to(), Type.INT, scope);
                error(r.pos(), "a range can only be used in `for`");
                return Type.Prim.ERROR;
            }
            case Expr.Closure c -> {
                return inferClosure(c, scope, expected);
            }
            case Expr.Return r -> {
                if (r.value() == null) {
                    if (!unifier.unify(ctx.returnType, Type.UNIT)) mismatch(r.pos(), ctx.returnType, Type.UNIT);
                } else {
                    expect(r.value(), ctx.returnType, scope);
                }
                return Type.NEVER;
            }
            case Expr.Break b -> {
                if (loops.isEmpty()) {
                    error(b.pos(), "`break` outside of a loop");
                    return Type.NEVER;
                }
                Type lt = loops.getLast();
                if (b.value() != null) {
                    if (lt == null) {
                        error(b.pos(), "`break` with a value is only allowed in `loop`");
                        infer(b.value(), scope, null);
                    } else {
                        expect(b.value(), lt, scope);
                    }
                } else if (lt != null && !unifier.unify(lt, Type.UNIT)) {
                    mismatch(b.pos(), lt, Type.UNIT);
                }
                return Type.NEVER;
            }
            case Expr.Continue c -> {
                if (loops.isEmpty()) error(c.pos(), "`continue` outside of a loop");
                return Type.NEVER;
            }
            case Expr.Try t -> {
                return inferTry(t, scope);
            }
            case Expr.Await a -> {
                if (!ctx.async) error(a.pos(), "`.await` is only allowed inside an `async fn`; use `.join()` to wait for a task here");
                Type task = infer(a.expr(), scope, null);
                Type.Var r = unifier.fresh();
                if (!unifier.unify(task, Type.Named.of("Task", r))) {
                    error(a.pos(), "`.await` needs a Task, found " + Unifier.resolve(task));
                    return Type.Prim.ERROR;
                }
                return r;
            }
        }
    }

    Type join(Type a, Type b, Pos pos) {
        Type pa = Unifier.prune(a);
        Type pb = Unifier.prune(b);
        if (pa == Type.NEVER) return b;
        if (pb == Type.NEVER) return a;
        if (!unifier.unify(a, b)) {
            error(pos, "`if` and `else` have different types: " + Unifier.resolve(a) + " and " + Unifier.resolve(b));
            return Type.Prim.ERROR;
        }
        return a;
    }

    Type inferBlock(Expr.Block b, Scope outer, Type expected) {
        Scope scope = new Scope(outer);
        Type last = null;
        for (Stmt s : b.stmts()) {
            switch (s) {
                case Stmt.Let let -> {
                    Type declared = let.type() == null ? null : resolveType(let.type(), typeParams);
                    Type t;
                    if (let.init() == null) {
                        error(let.pos(), "`let` needs an initial value");
                        t = declared == null ? Type.Prim.ERROR : declared;
                    } else if (declared != null) {
                        expect(let.init(), declared, scope);
                        t = declared;
                    } else {
                        t = infer(let.init(), scope, null);
                    }
                    Scope inner = new Scope(scope);
                    bindPattern(let.pattern(), t, inner, false);
                    scope = inner;
                    last = Unifier.prune(t) == Type.NEVER ? Type.NEVER : null;
                }
                case Stmt.ExprStmt es -> {
                    Type t = infer(es.expr(), scope, null);
                    if (es.expr() instanceof Expr.Call || es.expr() instanceof Expr.MethodCall) {
                        deferred.add(() -> {
                            if (Unifier.prune(t) instanceof Type.Named n && n.name().equals("Result")) {
                                reporter.warning(m.source, es.expr().pos(), "unused `Result` that must be used: handle the error or use `let _ = ..;`");
                            }
                        });
                    }
                    last = Unifier.prune(t) == Type.NEVER ? Type.NEVER : null;
                }
            }
        }
        if (b.result() != null) return infer(b.result(), scope, expected);
        return last == Type.NEVER ? Type.NEVER : Type.UNIT;
    }

    // ---- names

    Type inferName(Expr.Name n, Scope scope) {
        if (n.path().size() == 1) {
            String s = n.path().getFirst();
            LocalVar v = scope.lookup(s);
            if (v != null) {
                LocalVar acc = access(v);
                typing.resolutions.put(n, new Resolution.Local(acc));
                return acc.type;
            }
            Symbol sym = scope(s);
            if (sym != null) return symbolValue(n, sym, name);
            if (s.equals("None") || s.equals("Some")) return variantValue(n, Builtins.OPTION, Builtins.OPTION.variantIndex(s));
            if (s.equals("Ok") || s.equals("Err")) return variantValue(n, Builtins.RESULT, Builtins.RESULT.variantIndex(s));
            if (builtins.get(s) != null || builtins.get(s + "/1") != null) {
                Builtins.Signature sig = builtins.get(s);
                if (sig == null) {
                    error(n.pos(), "built-in `" + s + "` cannot be used as a value; call it, or wrap it in a closure");
                    return Type.Prim.ERROR;
                }
                typing.resolutions.put(n, new Resolution.Intrinsic(s));
                return unifier.instantiate(sig.type(), sig.typeParams(), new HashMap<>());
            }
            if (aliases.containsKey(s)) {
                error(n.pos(), "`" + s + "` is a module, not a value");
                return Type.Prim.ERROR;
            }
            error(n.pos(), "cannot find `" + s + "` in this scope");
            return Type.Prim.ERROR;
        }
        return qualifiedName(n, n.path().subList(0, n.path().size() - 1), n.last());
    }

    Symbol scope(String s) {
        return m.scope.get(s);
    }

    Type symbolValue(Expr n, Symbol sym, String module) {
        noteUse(module, sym);
        switch (sym) {
            case Symbol.Fn f -> {
                typing.resolutions.put(n, new Resolution.Function(f));
                return unifier.instantiate(f.type(), f.typeParams(), new HashMap<>());
            }
            case Symbol.Global g -> {
                typing.resolutions.put(n, new Resolution.Global(g));
                return g.type();
            }
            default -> {
                error(n.pos(), "`" + sym.name() + "` is a type, not a value");
                return Type.Prim.ERROR;
            }
        }
    }

    Type variantValue(Expr n, TEnum decl, int index) {
        typing.resolutions.put(n, new Resolution.Variant(decl, index));
        Map<String, Type> inst = new HashMap<>();
        for (String p : decl.typeParams()) inst.put(p, unifier.fresh());
        Type self = new Type.Named(decl.name(), decl.typeParams().stream().map(inst::get).toList());
        TEnum.Variant v = decl.variants().get(index);
        if (v.fields().isEmpty()) return self;
        return new Type.Fn(v.fields().stream().map(f -> Unifier.substitute(f, inst)).toList(), self);
    }

    /** `a::b` (or `alias.b` handed over from a method call or field). */
    Type qualifiedName(Expr n, List<String> prefix, String last) {
        String head = String.join(".", prefix);
        if (prefix.size() == 1) {
            String p = prefix.getFirst();
            if ((p.equals("Vec") || p.equals("Map") || p.equals("Set") || p.equals("Bytes")) && builtins.get(p + "::" + last) != null) {
                Builtins.Signature sig = builtins.get(p + "::" + last);
                typing.resolutions.put(n, new Resolution.Intrinsic(p + "::" + last));
                return unifier.instantiate(sig.type(), sig.typeParams(), new HashMap<>());
            }
            if (p.equals("Option") || p.equals("Result")) {
                TEnum decl = p.equals("Option") ? Builtins.OPTION : Builtins.RESULT;
                int idx = decl.variantIndex(last);
                if (idx >= 0) return variantValue(n, decl, idx);
            }
            Symbol sym = scope(p);
            if (sym instanceof Symbol.Enum en) {
                int idx = en.decl().variantIndex(last);
                if (idx >= 0) return variantValue(n, en.decl(), idx);
            }
            if (sym instanceof Symbol.Enum || sym instanceof Symbol.Struct) {
                String mod = sym.name().substring(0, sym.name().lastIndexOf('.'));
                ModuleInterface mi = moduleNamed(mod);
                Symbol.Fn m = mi == null ? null : mi.method(sym.name(), last);
                if (m != null) {
                    if (!m.pub() && !mod.equals(name)) error(n.pos(), "method `" + last + "` of " + p + " is private");
                    noteUse(mod, m);
                    typing.resolutions.put(n, new Resolution.Function(m));
                    return unifier.instantiate(m.type(), m.typeParams(), new HashMap<>());
                }
                error(n.pos(), "`" + p + "` has no variant or associated function `" + last + "`");
                return Type.Prim.ERROR;
            }
        }
        String mod = aliases.getOrDefault(head, head);
        ModuleInterface mi = moduleNamed(mod);
        if (mi == null) {
            error(n.pos(), "cannot find `" + head + "` in this scope");
            return Type.Prim.ERROR;
        }
        Symbol sym = mi.item(last);
        if (sym == null) {
            error(n.pos(), "module `" + mod + "` has no item `" + last + "`");
            return Type.Prim.ERROR;
        }
        if (!sym.pub() && !mod.equals(name)) {
            error(n.pos(), "`" + last + "` is private to module `" + mod + "`");
        }
        return symbolValue(n, sym, mod);
    }

    // ---- operators

    Type inferBinary(Expr.Binary b, Scope scope) {
        String op = b.op();
        if (op.equals("&&") || op.equals("||")) {
            expect(b.left(), Type.BOOL, scope);
            expect(b.right(), Type.BOOL, scope);
            return Type.BOOL;
        }
        Type lt = infer(b.left(), scope, null);
        expect(b.right(), lt, scope);
        boolean comparison = switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
        deferred.add(() -> {
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
            if (!ok) error(b.pos(), "cannot apply `" + op + "` to " + Unifier.resolve(t));
        });
        return comparison ? Type.BOOL : lt;
    }

    void inferAssign(Expr.Assign a, Scope scope) {
        Type target = inferPlace(a.target(), scope);
        if (a.op().equals("=")) {
            expect(a.value(), target, scope);
            return;
        }
        String op = a.op().substring(0, a.op().length() - 1);
        expect(a.value(), target, scope);
        deferred.add(() -> {
            Type t = Unifier.prune(target);
            boolean ok = switch (op) {
                case "+" -> t == Type.INT || t == Type.FLOAT || t == Type.STR;
                case "-", "*", "/", "%" -> t == Type.INT || t == Type.FLOAT;
                default -> t == Type.INT;
            };
            if (!ok && t != Type.Prim.ERROR) error(a.pos(), "cannot apply `" + a.op() + "` to " + Unifier.resolve(t));
        });
    }

    Type inferPlace(Expr target, Scope scope) {
        switch (target) {
            case Expr.Name n when n.path().size() == 1 && scope.lookup(n.last()) != null -> {
                LocalVar v = scope.lookup(n.last());
                if (!v.mutable) {
                    error(n.pos(), "cannot assign to `" + n.last() + "`: it is not declared `mut`");
                }
                return infer(n, scope, null);
            }
            case Expr.Name n -> {
                Type t = infer(n, scope, null);
                Resolution r = typing.resolutions.get(n);
                if (r instanceof Resolution.Global g) {
                    if (!g.global().mutable()) {
                        error(n.pos(), "cannot assign to `" + n.joined() + "`: only `static mut` items can be assigned");
                    }
                } else if (r != null) {
                    error(n.pos(), "cannot assign to `" + n.joined() + "`");
                }
                return t;
            }
            case Expr.Field f -> {
                Type t = infer(f, scope, null);
                Resolution r = typing.resolutions.get(f);
                if (r instanceof Resolution.TupleField) {
                    error(f.pos(), "cannot assign to a tuple element: tuples are immutable");
                } else if (r instanceof Resolution.Global g && !g.global().mutable()) {
                    error(f.pos(), "cannot assign to `" + f.name() + "`: only `static mut` items can be assigned");
                } else if (r instanceof Resolution.Function) {
                    error(f.pos(), "cannot assign to function `" + f.name() + "`");
                }
                return t;
            }
            case Expr.Index ix -> {
                return infer(ix, scope, null);
            }
            default -> {
                error(target.pos(), "cannot assign to this expression");
                infer(target, scope, null);
                return Type.Prim.ERROR;
            }
        }
    }

    // ---- calls

    Type inferCall(Expr.Call call, Scope scope, Type expected) {
        Expr callee = call.callee();
        if (callee instanceof Expr.Name n && n.path().size() == 1 && scope.lookup(n.last()) == null
                && scope(n.last()) == null && isPrelude(n.last())) {
            return inferPreludeCall(call, n, scope);
        }
        Type ct = infer(callee, scope, null);
        Resolution r = typing.resolutions.get(callee);
        if (r == null || r instanceof Resolution.Local || r instanceof Resolution.Global) {
            typing.resolutions.put(call, new Resolution.Indirect());
        }
        if (callee instanceof Expr.Name n && !n.typeArgs().isEmpty() && Unifier.prune(ct) instanceof Type.Fn fnT) {
            applyTypeArgs(n, fnT);
        }
        Type pt = Unifier.prune(ct);
        if (pt == Type.Prim.ERROR) {
            for (Expr a : call.args()) infer(a, scope, null);
            return Type.Prim.ERROR;
        }
        if (pt instanceof Type.Var) {
            // a value of a type not known yet (a closure parameter, say): calling it makes it a function
            Type.Fn shape = new Type.Fn(unifier.freshList(call.args().size()), unifier.fresh());
            unifier.unify(pt, shape);
            pt = shape;
        }
        if (!(pt instanceof Type.Fn fn)) {
            if (r instanceof Resolution.Variant v && v.decl().variants().get(v.index()).fields().isEmpty()) {
                error(call.pos(), "variant `" + v.decl().variants().get(v.index()).name() + "` takes no arguments");
            } else {
                error(call.pos(), "cannot call a value of type " + Unifier.resolve(pt));
            }
            for (Expr a : call.args()) infer(a, scope, null);
            return Type.Prim.ERROR;
        }
        checkArgs(call.pos(), fn, call.args(), scope, 0);
        if (r instanceof Resolution.Function f && f.fn().isAsync()) return Type.Named.of("Task", fn.result());
        return fn.result();
    }

    void applyTypeArgs(Expr.Name n, Type.Fn fnT) {
        // explicit type arguments: only for generic built-ins like chan<Int>; bind result's params in order
        Resolution r = typing.resolutions.get(n);
        if (r instanceof Resolution.Function f && f.fn().typeParams().size() == n.typeArgs().size()) {
            // re-instantiate with the given arguments
            Map<String, Type> inst = new HashMap<>();
            for (int i = 0; i < n.typeArgs().size(); i++) inst.put(f.fn().typeParams().get(i), resolveType(n.typeArgs().get(i), typeParams));
            unifier.unify(fnT, Unifier.substitute(f.fn().type(), inst));
        }
    }

    boolean isPrelude(String s) {
        return switch (s) {
            case "print", "println", "eprint", "eprintln", "panic", "assert", "assert_eq", "spawn", "sleep", "now_ms",
                 "now_ns", "chan", "Some", "Ok", "Err" -> true;
            default -> false;
        };
    }

    Type inferPreludeCall(Expr.Call call, Expr.Name n, Scope scope) {
        String s = n.last();
        if (s.equals("Some") || s.equals("Ok") || s.equals("Err")) {
            TEnum decl = s.equals("Some") ? Builtins.OPTION : Builtins.RESULT;
            Type ct = record(n, variantValue(n, decl, decl.variantIndex(s)));
            Type.Fn fn = (Type.Fn) ct;
            checkArgs(call.pos(), fn, call.args(), scope, 0);
            return fn.result();
        }
        String key = s.equals("assert") ? "assert/" + call.args().size() : s;
        Builtins.Signature sig = builtins.get(key);
        if (sig == null) {
            error(call.pos(), "`assert` takes 1 or 2 arguments, found " + call.args().size());
            return Type.Prim.ERROR;
        }
        typing.resolutions.put(call, new Resolution.Intrinsic(s));
        Map<String, Type> inst = new HashMap<>();
        Type.Fn fn = (Type.Fn) unifier.instantiate(sig.type(), sig.typeParams(), inst);
        if (!n.typeArgs().isEmpty() && n.typeArgs().size() == sig.typeParams().size()) {
            for (int i = 0; i < n.typeArgs().size(); i++) {
                unifier.unify(inst.get(sig.typeParams().get(i)), resolveType(n.typeArgs().get(i), typeParams));
            }
        }
        record(n, fn);
        checkArgs(call.pos(), fn, call.args(), scope, 0);
        return fn.result();
    }

    void checkArgs(Pos pos, Type.Fn fn, List<Expr> args, Scope scope, int skip) {
        int want = fn.params().size() - skip;
        if (args.size() != want) {
            error(pos, "expected " + want + " argument" + (want == 1 ? "" : "s") + ", found " + args.size());
            for (Expr a : args) infer(a, scope, null);
            return;
        }
        for (int i = 0; i < args.size(); i++) expect(args.get(i), fn.params().get(i + skip), scope);
    }

    Type inferMethodCall(Expr.MethodCall mc, Scope scope, Type expected) {
        // alias.function(..): a call into an imported module
        if (mc.receiver() instanceof Expr.Name rn && rn.path().size() == 1 && scope.lookup(rn.last()) == null
                && aliases.containsKey(rn.last()) && scope(rn.last()) == null) {
            Type ct = record(mc.receiver(), qualifiedName(mc, List.of(rn.last()), mc.name()));
            Resolution r = typing.resolutions.get(mc);
            Type pt = Unifier.prune(ct);
            if (!(pt instanceof Type.Fn fn)) {
                if (pt != Type.Prim.ERROR) error(mc.pos(), "`" + rn.last() + "." + mc.name() + "` is not a function");
                for (Expr a : mc.args()) infer(a, scope, null);
                return Type.Prim.ERROR;
            }
            checkArgs(mc.pos(), fn, mc.args(), scope, 0);
            if (r instanceof Resolution.Function f && f.fn().isAsync()) return Type.Named.of("Task", fn.result());
            return fn.result();
        }
        Type recv = Unifier.prune(infer(mc.receiver(), scope, null));
        if (recv == Type.Prim.ERROR) {
            for (Expr a : mc.args()) infer(a, scope, null);
            return Type.Prim.ERROR;
        }
        if (recv instanceof Type.Var) {
            error(mc.receiver().pos(), "type annotations needed: the type of this value must be known to call `." + mc.name() + "()`");
            for (Expr a : mc.args()) infer(a, scope, null);
            return Type.Prim.ERROR;
        }
        if (recv instanceof Type.Named rn && rn.name().contains(".")) {
            String mod = rn.name().substring(0, rn.name().lastIndexOf('.'));
            ModuleInterface mi = moduleNamed(mod);
            Symbol.Fn m = mi == null ? null : mi.method(rn.name(), mc.name());
            if (m != null && m.hasSelf()) {
                if (!m.pub() && !mod.equals(name)) error(mc.pos(), "method `" + mc.name() + "` of " + rn.simpleName() + " is private");
                noteUse(mod, m);
                typing.resolutions.put(mc, new Resolution.Method(m));
                Type.Fn fn = (Type.Fn) unifier.instantiate(m.type(), m.typeParams(), new HashMap<>());
                unifier.unify(fn.params().getFirst(), recv);
                checkArgs(mc.pos(), fn, mc.args(), scope, 1);
                return m.isAsync() ? Type.Named.of("Task", fn.result()) : fn.result();
            }
        }
        if (recv instanceof Type.Named rn && rn.name().contains(".")) {
            // a field of function type called as a method
            Type ft = structFieldType(rn, mc.name());
            if (ft != null && Unifier.prune(ft) instanceof Type.Fn fn) {
                TStruct decl = lookupStruct(rn.name());
                typing.resolutions.put(mc, new Resolution.StructField(decl, decl.fieldIndex(mc.name())));
                checkArgs(mc.pos(), fn, mc.args(), scope, 0);
                return fn.result();
            }
        }
        String key = Builtins.receiverKey(recv);
        Builtins.Signature sig = key == null ? null : builtins.get(key + "." + mc.name());
        if (sig == null) {
            error(mc.pos(), "no method `" + mc.name() + "` on type " + Unifier.resolve(recv));
            for (Expr a : mc.args()) infer(a, scope, null);
            return Type.Prim.ERROR;
        }
        typing.resolutions.put(mc, new Resolution.Intrinsic(key + "." + mc.name()));
        Type.Fn fn = (Type.Fn) unifier.instantiate(sig.type(), sig.typeParams(), new HashMap<>());
        if (!unifier.unify(fn.params().getFirst(), recv)) {
            error(mc.pos(), "no method `" + mc.name() + "` on type " + Unifier.resolve(recv));
            return Type.Prim.ERROR;
        }
        checkArgs(mc.pos(), fn, mc.args(), scope, 1);
        if (mc.name().equals("sort")) {
            deferred.add(() -> {
                Type elem = Unifier.prune(((Type.Named) recv).arg(0));
                if (elem instanceof Type.Fn) error(mc.pos(), "cannot sort a Vec of functions");
            });
        }
        return fn.result();
    }

    Type structFieldType(Type.Named rn, String field) {
        String mod = rn.name().substring(0, rn.name().lastIndexOf('.'));
        ModuleInterface mi = moduleNamed(mod);
        if (mi == null) return null;
        Symbol s = mi.item(rn.simpleName());
        if (!(s instanceof Symbol.Struct st)) return null;
        int idx = st.decl().fieldIndex(field);
        if (idx < 0) return null;
        Map<String, Type> inst = new HashMap<>();
        for (int i = 0; i < st.decl().typeParams().size(); i++) inst.put(st.decl().typeParams().get(i), rn.arg(i));
        return Unifier.substitute(st.decl().fieldTypes().get(idx), inst);
    }

    Type inferField(Expr.Field f, Scope scope) {
        if (f.target() instanceof Expr.Name rn && rn.path().size() == 1 && scope.lookup(rn.last()) == null
                && aliases.containsKey(rn.last()) && scope(rn.last()) == null) {
            Type t = qualifiedName(f, List.of(rn.last()), f.name());
            record(f.target(), Type.UNIT);
            return t;
        }
        Type recv = Unifier.prune(infer(f.target(), scope, null));
        if (recv == Type.Prim.ERROR) return recv;
        if (recv instanceof Type.Tuple tt) {
            int idx;
            try {
                idx = Integer.parseInt(f.name());
            } catch (NumberFormatException e) {
                idx = -1;
            }
            if (idx < 0 || idx >= tt.items().size()) {
                error(f.pos(), "no field `" + f.name() + "` on type " + Unifier.resolve(recv));
                return Type.Prim.ERROR;
            }
            typing.resolutions.put(f, new Resolution.TupleField(idx));
            return tt.items().get(idx);
        }
        if (recv instanceof Type.Named rn && rn.name().contains(".")) {
            String mod = rn.name().substring(0, rn.name().lastIndexOf('.'));
            ModuleInterface mi = moduleNamed(mod);
            if (mi != null && mi.item(rn.simpleName()) instanceof Symbol.Struct st) {
                int idx = st.decl().fieldIndex(f.name());
                if (idx >= 0) {
                    typing.resolutions.put(f, new Resolution.StructField(st.decl(), idx));
                    return structFieldType(rn, f.name());
                }
            }
        }
        if (recv instanceof Type.Var) {
            error(f.target().pos(), "type annotations needed: the type of this value must be known to access `." + f.name() + "`");
            return Type.Prim.ERROR;
        }
        error(f.pos(), "no field `" + f.name() + "` on type " + Unifier.resolve(recv));
        return Type.Prim.ERROR;
    }

    Type inferIndex(Expr.Index ix, Scope scope) {
        Type t = Unifier.prune(infer(ix.target(), scope, null));
        if (t instanceof Type.Named n && n.name().equals("Vec")) {
            expect(ix.index(), Type.INT, scope);
            return n.arg(0);
        }
        if (t == Type.Prim.BYTES) {
            expect(ix.index(), Type.INT, scope);
            return Type.INT;
        }
        if (t instanceof Type.Named n && n.name().equals("Map")) {
            expect(ix.index(), n.arg(0), scope);
            return n.arg(1);
        }
        infer(ix.index(), scope, null);
        if (t != Type.Prim.ERROR) error(ix.pos(), "cannot index a value of type " + Unifier.resolve(t));
        return Type.Prim.ERROR;
    }

    Type inferStructLit(Expr.StructLit s, Scope scope) {
        Symbol sym;
        if (s.path().size() == 1) {
            sym = scope(s.path().getFirst());
        } else {
            String alias = String.join(".", s.path().subList(0, s.path().size() - 1));
            ModuleInterface mi = moduleNamed(aliases.getOrDefault(alias, alias));
            sym = mi == null ? null : mi.item(s.path().getLast());
            if (sym != null && !sym.pub()) error(s.pos(), "`" + s.path().getLast() + "` is private");
        }
        if (!(sym instanceof Symbol.Struct st)) {
            error(s.pos(), "cannot find struct `" + String.join("::", s.path()) + "`");
            for (Expr.FieldInit f : s.fields()) infer(f.value(), scope, null);
            return Type.Prim.ERROR;
        }
        TStruct decl = st.decl();
        noteUse(decl.name().substring(0, decl.name().lastIndexOf('.')), st);
        Map<String, Type> inst = new HashMap<>();
        for (String p : decl.typeParams()) inst.put(p, unifier.fresh());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Expr.FieldInit f : s.fields()) {
            int idx = decl.fieldIndex(f.name());
            if (idx < 0) {
                error(f.pos(), "struct " + decl.name().substring(decl.name().lastIndexOf('.') + 1) + " has no field `" + f.name() + "`");
                infer(f.value(), scope, null);
                continue;
            }
            if (!seen.add(f.name())) error(f.pos(), "field `" + f.name() + "` is given twice");
            expect(f.value(), Unifier.substitute(decl.fieldTypes().get(idx), inst), scope);
        }
        for (String fn : decl.fieldNames()) {
            if (!seen.contains(fn)) error(s.pos(), "missing field `" + fn + "` in struct literal");
        }
        typing.resolutions.put(s, new Resolution.StructField(decl, -1));
        return new Type.Named(decl.name(), decl.typeParams().stream().map(inst::get).toList());
    }

    Type inferClosure(Expr.Closure c, Scope scope, Type expected) {
        Type.Fn exp = expected != null && Unifier.prune(expected) instanceof Type.Fn ef && ef.params().size() == c.params().size() ? ef : null;
        List<Type> params = new ArrayList<>();
        for (int i = 0; i < c.params().size(); i++) {
            Expr.Param p = c.params().get(i);
            Type t = p.type() != null ? resolveType(p.type(), typeParams) : exp != null ? exp.params().get(i) : unifier.fresh();
            if (p.type() != null && exp != null) unifier.unify(t, exp.params().get(i));
            params.add(t);
        }
        Type result = c.returnType() != null ? resolveType(c.returnType(), typeParams) : exp != null ? exp.result() : unifier.fresh();
        FnContext outerCtx = ctx;
        List<Type> outerLoops = new ArrayList<>(loops);
        FnContext inner = new FnContext(outerCtx, result);
        typing.contexts.put(c, inner);
        ctx = inner;
        loops.clear();
        Scope s = new Scope(scope);
        for (int i = 0; i < params.size(); i++) {
            Expr.Param p = c.params().get(i);
            LocalVar v = newLocal(p.name(), params.get(i), p.mutable());
            inner.params.add(v);
            typing.bindings.put(p, v);
            s.define(p.name(), v);
        }
        Type bodyT = infer(c.body(), s, result);
        if (!unifier.unify(result, bodyT)) mismatch(c.body().pos(), result, bodyT);
        ctx = outerCtx;
        loops.addAll(outerLoops);
        return new Type.Fn(params, result);
    }

    Type inferFor(Expr.For f, Scope scope) {
        Type elem;
        if (f.iterable() instanceof Expr.Range r) {
            expect(r.from(), Type.INT, scope);
            expect(r.to(), Type.INT, scope);
            record(r, Type.Named.of("Range"));
            elem = Type.INT;
        } else {
            Type it = Unifier.prune(infer(f.iterable(), scope, null));
            if (it == Type.STR) {
                elem = Type.STR;
            } else if (it == Type.Prim.BYTES) {
                elem = Type.INT;
            } else if (it instanceof Type.Named n && (n.name().equals("Vec") || n.name().equals("Set"))) {
                elem = n.arg(0);
            } else if (it instanceof Type.Named n && n.name().equals("Map")) {
                elem = new Type.Tuple(List.of(n.arg(0), n.arg(1)));
            } else {
                if (it != Type.Prim.ERROR) error(f.iterable().pos(), "cannot iterate over a value of type " + Unifier.resolve(it));
                elem = Type.Prim.ERROR;
            }
        }
        typing.resolutions.put(f, new Resolution.Types(List.of(elem)));
        Scope inner = new Scope(scope);
        bindPattern(f.pattern(), elem, inner, false);
        loops.add(null);
        infer(f.body(), inner, Type.UNIT);
        loops.removeLast();
        return Type.UNIT;
    }

    Type inferTry(Expr.Try t, Scope scope) {
        Type v = Unifier.prune(infer(t.expr(), scope, null));
        Type ret = Unifier.prune(ctx.returnType);
        if (v instanceof Type.Named n && n.name().equals("Option")) {
            if (!(ret instanceof Type.Named rn && rn.name().equals("Option"))) {
                error(t.pos(), "`?` on an Option needs the function to return an Option, but it returns " + Unifier.resolve(ret));
            }
            return n.arg(0);
        }
        if (v instanceof Type.Named n && n.name().equals("Result")) {
            if (!(ret instanceof Type.Named rn && rn.name().equals("Result"))) {
                error(t.pos(), "`?` on a Result needs the function to return a Result, but it returns " + Unifier.resolve(ret));
            } else if (!unifier.unify(rn.arg(1), n.arg(1))) {
                error(t.pos(), "`?` error type mismatch: expected " + Unifier.resolve(rn.arg(1)) + ", found " + Unifier.resolve(n.arg(1)));
            }
            return n.arg(0);
        }
        if (v != Type.Prim.ERROR) error(t.pos(), "`?` needs an Option or a Result, found " + Unifier.resolve(v));
        return Type.Prim.ERROR;
    }

    // ---- match and patterns

    Type inferMatch(Expr.Match m, Scope scope, Type expected) {
        Type st = infer(m.scrutinee(), scope, null);
        Type result = null;
        for (Expr.Arm arm : m.arms()) {
            Scope s = new Scope(scope);
            bindPattern(arm.pattern(), st, s, true);
            if (arm.guard() != null) expect(arm.guard(), Type.BOOL, s);
            Type bt = infer(arm.body(), s, expected);
            if (result == null || Unifier.prune(result) == Type.NEVER) {
                result = bt;
            } else if (Unifier.prune(bt) != Type.NEVER && !unifier.unify(result, bt)) {
                error(arm.body().pos(), "match arms have different types: expected " + Unifier.resolve(result)
                        + ", found " + Unifier.resolve(bt));
            }
        }
        deferred.addFirst(() -> {
            List<List<Pattern>> rows = new ArrayList<>();
            for (Expr.Arm arm : m.arms()) if (arm.guard() == null) rows.add(List.of(arm.pattern()));
            List<String> witness = new Exhaustiveness(this::lookupEnum, this::lookupStruct).missing(rows, List.of(Unifier.resolve(st)));
            if (witness != null) {
                error(m.pos(), "non-exhaustive `match`: pattern `" + witness.getFirst() + "` of type " + Unifier.resolve(st)
                        + " is not covered");
            }
        });
        return result == null ? Type.NEVER : result;
    }

    void bindPattern(Pattern p, Type t, Scope scope, boolean refutable) {
        record(p, t);
        switch (p) {
            case Pattern.Wildcard w -> {
            }
            case Pattern.Bind b -> {
                LocalVar v = orBindings == null ? null : orBindings.get(b.name());
                if (v != null) {
                    // a later alternative of `|` binds the same local as the first one
                    if (!unifier.unify(v.type, t)) {
                        error(b.pos(), "`" + b.name() + "` has type " + Unifier.resolve(v.type) + " in the first alternative but "
                                + Unifier.resolve(t) + " here");
                    }
                } else {
                    v = newLocal(b.name(), t, b.mutable());
                }
                typing.bindings.put(b, v);
                scope.define(b.name(), v);
            }
            case Pattern.Literal l -> {
                if (!refutable) error(p.pos(), "refutable pattern in a binding: use `match`");
                Type lt = infer(l.value(), scope, null);
                if (!unifier.unify(t, lt)) mismatch(p.pos(), t, lt);
            }
            case Pattern.Range r -> {
                if (!refutable) error(p.pos(), "refutable pattern in a binding: use `match`");
                Type lt = infer(r.from(), scope, null);
                expect(r.to(), lt, scope);
                if (!unifier.unify(t, lt)) mismatch(p.pos(), t, lt);
            }
            case Pattern.Tuple tp -> {
                Type pt = Unifier.prune(t);
                List<Type> items;
                if (pt instanceof Type.Tuple tt && tt.items().size() == tp.items().size()) {
                    items = tt.items();
                } else {
                    items = unifier.freshList(tp.items().size());
                    if (!unifier.unify(t, new Type.Tuple(items))) {
                        error(p.pos(), "pattern is a " + tp.items().size() + "-tuple, but the value has type " + Unifier.resolve(t));
                        items = java.util.Collections.nCopies(tp.items().size(), Type.Prim.ERROR);
                    }
                }
                for (int i = 0; i < tp.items().size(); i++) bindPattern(tp.items().get(i), items.get(i), scope, refutable);
            }
            case Pattern.Variant v -> bindVariant(v, t, scope, refutable);
            case Pattern.Struct sp -> {
                Symbol sym = sp.path().size() == 1 ? scope(sp.path().getFirst()) : null;
                if (!(sym instanceof Symbol.Struct st)) {
                    error(p.pos(), "cannot find struct `" + String.join("::", sp.path()) + "`");
                    return;
                }
                Map<String, Type> inst = new HashMap<>();
                for (String tp : st.decl().typeParams()) inst.put(tp, unifier.fresh());
                Type self = new Type.Named(st.decl().name(), st.decl().typeParams().stream().map(inst::get).toList());
                if (!unifier.unify(t, self)) mismatch(p.pos(), t, self);
                for (int i = 0; i < sp.names().size(); i++) {
                    int idx = st.decl().fieldIndex(sp.names().get(i));
                    if (idx < 0) {
                        error(sp.fields().get(i).pos(), "no field `" + sp.names().get(i) + "`");
                        continue;
                    }
                    bindPattern(sp.fields().get(i), Unifier.substitute(st.decl().fieldTypes().get(idx), inst), scope, refutable);
                }
                typing.resolutions.put(p, new Resolution.StructField(st.decl(), -1));
            }
            case Pattern.Or o -> {
                if (!refutable) error(p.pos(), "refutable pattern in a binding: use `match`");
                Map<String, LocalVar> saved = orBindings;
                Map<String, LocalVar> first = null;
                for (Pattern alt : o.alternatives()) {
                    Scope s = new Scope(scope);
                    orBindings = first;
                    bindPattern(alt, t, s, true);
                    if (first == null) {
                        first = new java.util.LinkedHashMap<>(s.vars);
                    } else if (!s.vars.keySet().equals(first.keySet())) {
                        error(alt.pos(), "every alternative of `|` must bind the same names: " + new java.util.TreeSet<>(first.keySet())
                                + " here " + new java.util.TreeSet<>(s.vars.keySet()));
                    }
                }
                orBindings = saved;
                if (first != null) first.forEach(scope::define);
            }
        }
    }

    void bindVariant(Pattern.Variant v, Type t, Scope scope, boolean refutable) {
        TEnum decl = null;
        int idx = -1;
        String last = v.path().getLast();
        if (v.path().size() == 1) {
            if (last.equals("Some") || last.equals("None")) decl = Builtins.OPTION;
            else if (last.equals("Ok") || last.equals("Err")) decl = Builtins.RESULT;
            else if (Unifier.prune(t) instanceof Type.Named n) decl = lookupEnum(n.name());
        } else {
            String head = String.join(".", v.path().subList(0, v.path().size() - 1));
            if (head.equals("Option")) decl = Builtins.OPTION;
            else if (head.equals("Result")) decl = Builtins.RESULT;
            else if (v.path().size() == 2 && scope(head) instanceof Symbol.Enum en) decl = en.decl();
            else if (v.path().size() > 2) {
                String alias = String.join(".", v.path().subList(0, v.path().size() - 2));
                ModuleInterface mi = moduleNamed(aliases.getOrDefault(alias, alias));
                if (mi != null && mi.item(v.path().get(v.path().size() - 2)) instanceof Symbol.Enum en) decl = en.decl();
            }
        }
        if (decl != null) idx = decl.variantIndex(last);
        if (decl == null || idx < 0) {
            if (v.args() == null && v.path().size() == 1) {
                // an uppercase name that is no variant: a binding
                LocalVar lv = newLocal(last, t, false);
                typing.bindings.put(v, lv);
                scope.define(last, lv);
                return;
            }
            error(v.pos(), "cannot find variant `" + String.join("::", v.path()) + "`");
            return;
        }
        if (!refutable && decl.variants().size() > 1) error(v.pos(), "refutable pattern in a binding: use `match`");
        typing.resolutions.put(v, new Resolution.Variant(decl, idx));
        Map<String, Type> inst = new HashMap<>();
        for (String tp : decl.typeParams()) inst.put(tp, unifier.fresh());
        Type self = new Type.Named(decl.name(), decl.typeParams().stream().map(inst::get).toList());
        if (!unifier.unify(t, self)) {
            mismatch(v.pos(), t, self);
            return;
        }
        List<Type> fields = decl.variants().get(idx).fields();
        int given = v.args() == null ? 0 : v.args().size();
        if (given != fields.size()) {
            error(v.pos(), "variant `" + last + "` has " + fields.size() + " field(s), the pattern gives " + given);
            return;
        }
        for (int i = 0; i < given; i++) bindPattern(v.args().get(i), Unifier.substitute(fields.get(i), inst), scope, refutable);
    }

    private void error(Pos pos, String message) {
        m.error(pos, message);
    }

    private Type resolveType(TypeRef ref, List<String> tps) {
        return m.resolveType(ref, tps);
    }

    private void noteUse(String module, Symbol s) {
        m.noteUse(module, s);
    }

    private ModuleInterface moduleNamed(String module) {
        return m.checker.moduleNamed(module);
    }

    private TEnum lookupEnum(String qname) {
        return m.lookupEnum(qname);
    }

    private TStruct lookupStruct(String qname) {
        return m.lookupStruct(qname);
    }
}
