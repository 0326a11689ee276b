package org.tlang.lang.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tlang.lang.source.Reporter;
import org.tlang.lang.syntax.Expr;
import org.tlang.lang.syntax.Pattern;
import org.tlang.lang.syntax.TypeRef;
import org.tlang.tir.Pos;
import org.tlang.tir.TEnum;
import org.tlang.tir.TStruct;
import org.tlang.tir.Type;

/**
 * Checks one function body (closures inside it share it, each with its own FnContext). This class
 * holds the state of the body and dispatches each expression to the part that checks its kind.
 */
final class BodyChecker {
    private final ModuleChecker m;
    final Unifier unifier;
    final Builtins builtins;
    final Typing typing;
    private final Reporter reporter;
    final String name;
    final Map<String, String> aliases;
    FnContext ctx;
    final List<String> typeParams;
    /** Break types of the enclosing loops, innermost last; null for `while`/`for`. */
    final List<Type> loops = new ArrayList<>();
    final List<Runnable> deferred = new ArrayList<>();
    final List<Object> nodes = new ArrayList<>();
    /** Local -> the function context that owns it. */
    final Map<LocalVar, FnContext> owners = new IdentityHashMap<>();

    private final int errorsBefore;

    final NameChecker names;
    final OperatorChecker operators;
    final CallChecker calls;
    final AggregateChecker aggregates;
    final ClosureChecker closures;
    final ControlFlowChecker flow;
    final PatternChecker patterns;

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
        this.names = new NameChecker(this);
        this.operators = new OperatorChecker(this);
        this.calls = new CallChecker(this);
        this.aggregates = new AggregateChecker(this);
        this.closures = new ClosureChecker(this);
        this.flow = new ControlFlowChecker(this);
        this.patterns = new PatternChecker(this);
    }

    void mismatch(Pos pos, Type expected, Type found) {
        Type e = Unifier.resolve(expected);
        Type f = Unifier.resolve(found);
        if (e.toString().equals(f.toString()) && e instanceof Type.Named en && f instanceof Type.Named fn && !en.name().equals(fn.name())) {
            // two types of one name: two modules of that name, such as two majors of a package side by side (geo@2.distance)
            error(pos, "type mismatch: expected " + en.name() + ", found " + fn.name() + " (types of two different modules"
                    + (fn.name().contains("@") || en.name().contains("@") ? ": two major versions of one package are not the same types)" : ")"));
            return;
        }
        error(pos, "type mismatch: expected " + e + ", found " + f);
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
            if (t != null && !unifier.isGround(t)) {
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
        return switch (e) {
            case Expr.IntLit i -> Type.INT;
            case Expr.FloatLit f -> Type.FLOAT;
            case Expr.BoolLit b -> Type.BOOL;
            case Expr.UnitLit u -> Type.UNIT;
            case Expr.StrLit s -> {
                for (Object part : s.parts()) if (part instanceof Expr pe) infer(pe, scope, null);
                yield Type.STR;
            }
            case Expr.Name n -> names.inferName(n, scope);
            case Expr.Unary u -> operators.inferUnary(u, scope);
            case Expr.Binary b -> operators.inferBinary(b, scope);
            case Expr.Assign a -> {
                operators.inferAssign(a, scope);
                yield Type.UNIT;
            }
            case Expr.Cast c -> operators.inferCast(c, scope);
            case Expr.Call call -> calls.inferCall(call, scope, expected);
            case Expr.MethodCall mc -> calls.inferMethodCall(mc, scope, expected);
            case Expr.Field f -> aggregates.inferField(f, scope);
            case Expr.Index ix -> aggregates.inferIndex(ix, scope);
            case Expr.Tuple t -> aggregates.inferTuple(t, scope);
            case Expr.VecLit v -> aggregates.inferVecLit(v, scope, expected);
            case Expr.MapLit ml -> aggregates.inferMapLit(ml, scope);
            case Expr.StructLit s -> aggregates.inferStructLit(s, scope);
            case Expr.Block b -> flow.inferBlock(b, scope, expected);
            case Expr.If i -> flow.inferIf(i, scope, expected);
            case Expr.While w -> flow.inferWhile(w, scope);
            case Expr.Loop l -> flow.inferLoop(l, scope);
            case Expr.For f -> flow.inferFor(f, scope);
            case Expr.Match mt -> patterns.inferMatch(mt, scope, expected);
            case Expr.Range r -> flow.inferRange(r, scope);
            case Expr.Closure c -> closures.inferClosure(c, scope, expected);
            case Expr.Return r -> flow.inferReturn(r, scope);
            case Expr.Break b -> flow.inferBreak(b, scope);
            case Expr.Continue c -> flow.inferContinue(c);
            case Expr.Try t -> flow.inferTry(t, scope);
            case Expr.Await a -> flow.inferAwait(a, scope);
        };
    }

    // ---- the module around the body

    Symbol scope(String s) {
        return m.scope.get(s);
    }

    void warning(Pos pos, String message) {
        reporter.warning(m.source, pos, message);
    }

    void error(Pos pos, String message) {
        m.error(pos, message);
    }

    Type resolveType(TypeRef ref, List<String> tps) {
        return m.resolveType(ref, tps);
    }

    void noteUse(String module, Symbol s) {
        m.noteUse(module, s);
    }

    ModuleInterface moduleNamed(String module) {
        return m.checker.moduleNamed(module);
    }

    TEnum lookupEnum(String qname) {
        return m.lookupEnum(qname);
    }

    TStruct lookupStruct(String qname) {
        return m.lookupStruct(qname);
    }
}
