package org.tlang.interp;

import org.tlang.runtime.StructLayout;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.Unit;
import org.tlang.runtime.Box;
import org.tlang.runtime.Slots;

import java.util.List;
import org.tlang.tir.TExpr;
import org.tlang.tir.TFunction;
import org.tlang.tir.TLocal;
import org.tlang.tir.Type;

/**
 * Compiles TIR functions into executable node trees (tier 0). Every symbolic reference is
 * resolved here, once: locals to slots, calls to function cells, statics to static cells.
 */
public final class NodeCompiler {
    private final Linker linker;
    private final Host host;
    private final Intrinsics intrinsics;
    /** The function being compiled: its loops count their back edges on it. */
    private CallTarget owner;

    public NodeCompiler(Linker linker, Host host) {
        this.linker = linker;
        this.host = host;
        this.intrinsics = new Intrinsics(host);
    }

    public CallTarget compile(TFunction fn) {
        Type.Kind[] kinds = fn.params().stream().map(p -> p.type().kind()).toArray(Type.Kind[]::new);
        CallTarget target = new CallTarget(fn.qualifiedName(), fn.file(), Math.max(fn.localCount(), 1), kinds);
        CallTarget outer = owner;
        owner = target;
        Node body;
        try {
            body = tail(fn.body());
        } finally {
            owner = outer;
        }
        // a boxed parameter arrives as a plain value and is moved into its box on entry
        List<TLocal> boxedParams = fn.params().stream().filter(TLocal::boxed).toList();
        if (!boxedParams.isEmpty()) {
            Node[] boxing = boxedParams.stream()
                    .map(p -> (Node) new LocalNodes.LetBoxed(p.index(), LocalNodes.read(p.index(), p.type(), false, fn.pos()), fn.pos()))
                    .toArray(Node[]::new);
            body = new ControlNodes.Block(boxing, body, true, fn.pos());
        }
        target.body = body;
        target.refs = usesRefs(fn);
        return target;
    }

    /**
     * Whether any local of {@code fn} is a reference or boxed, so it needs {@link Frame#refs}. Walks
     * every TIR record reachable from the function (nested closures too: conservative) for its locals.
     */
    private static boolean usesRefs(TFunction fn) {
        for (TLocal p : fn.params()) if (p.boxed() || p.type().kind() == Type.Kind.REF) return true;
        return refsIn(fn.body(), java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean refsIn(Object o, java.util.Set<Object> seen) {
        if (o == null) return false;
        if (o instanceof TLocal l) return l.boxed() || l.type().kind() == Type.Kind.REF;
        if (o instanceof List<?> list) {
            for (Object x : list) if (refsIn(x, seen)) return true;
            return false;
        }
        if (o instanceof TFunction f) {
            if (!seen.add(f)) return false;
            for (TLocal p : f.params()) if (refsIn(p, seen)) return true;
            return refsIn(f.body(), seen);
        }
        if (!(o instanceof Record r) || !(o instanceof TExpr || o instanceof org.tlang.tir.TPattern || o instanceof TExpr.Arm)) return false;
        if (!seen.add(o)) return false;
        for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return true;
            }
            if (refsIn(v, seen)) return true;
        }
        return false;
    }

    /**
     * One expression of a function, compiled on its own for a compiling tier that leaves it to the
     * interpreter: it runs on a frame of the function's size holding its locals at their index.
     */
    public Node expression(TExpr e) {
        return compile(e);
    }

    /** A node in tail position of a function: `return e` there is just `e`. */
    private Node tail(TExpr e) {
        switch (e) {
            case TExpr.Return r -> {
                return r.value() == null ? new LocalNodes.RefConst(Unit.VALUE, r.pos()) : compile(r.value());
            }
            case TExpr.Block b -> {
                List<TExpr> stmts = b.statements();
                // `if c { ..; return x; } rest` in tail position is `if c { ..; x } else { rest }`: no exception
                for (int i = 0; i < stmts.size(); i++) {
                    if (stmts.get(i) instanceof TExpr.If guard && guard.otherwise() == null && endsInReturn(guard.then())) {
                        TExpr rest = new TExpr.Block(stmts.subList(i + 1, stmts.size()), b.result(), b.type(), b.pos());
                        Node branch = new ControlNodes.If(compile(guard.cond()), tail(guard.then()), tail(rest), guard.pos());
                        return new ControlNodes.Block(compileAll(stmts.subList(0, i)), branch, true, b.pos());
                    }
                }
                if (b.result() == null && !stmts.isEmpty() && stmts.getLast() instanceof TExpr.Return r) {
                    return new ControlNodes.Block(compileAll(stmts.subList(0, stmts.size() - 1)), tail(r), true, b.pos());
                }
                // a block of just its value is that value (locals are slots: a block has no scope to keep)
                Node result = b.result() == null ? null : tail(b.result());
                if (stmts.isEmpty() && result != null && !(result instanceof ControlNodes.LoopNode)) return result;
                return new ControlNodes.Block(compileAll(stmts), result, true, b.pos());
            }
            case TExpr.If i when i.otherwise() != null -> {
                return new ControlNodes.If(compile(i.cond()), tail(i.then()), tail(i.otherwise()), i.pos());
            }
            case TExpr.Match m -> {
                return match(m, true);
            }
            default -> {
                return compile(e);
            }
        }
    }

    private static boolean endsInReturn(TExpr e) {
        if (e instanceof TExpr.Return) return true;
        if (e instanceof TExpr.Block b) {
            if (b.result() != null) return endsInReturn(b.result());
            return !b.statements().isEmpty() && endsInReturn(b.statements().getLast());
        }
        return false;
    }

    private Node[] compileAll(List<TExpr> es) {
        Node[] out = new Node[es.size()];
        for (int i = 0; i < out.length; i++) out[i] = compile(es.get(i));
        return out;
    }

    Node compile(TExpr e) {
        var pos = e.pos();
        switch (e) {
            case TExpr.Const c -> {
                Object v = c.value();
                if (c.type() == Type.INT) return new LocalNodes.LongConst((Long) v, pos);
                if (c.type() == Type.FLOAT) return new LocalNodes.DoubleConst((Double) v, pos);
                if (c.type() == Type.BOOL) return new LocalNodes.BoolConst((Boolean) v, pos);
                return new LocalNodes.RefConst(v == null ? Unit.VALUE : v, pos);
            }
            case TExpr.Local l -> {
                return LocalNodes.read(l.local().index(), l.local().type(), l.local().boxed(), pos);
            }
            case TExpr.Let let -> {
                TLocal local = let.local();
                Node init = compile(let.init());
                if (local.boxed()) return new LocalNodes.LetBoxed(local.index(), init, pos);
                return LocalNodes.write(local.index(), local.type(), false, init, pos);
            }
            case TExpr.SetLocal s -> {
                return LocalNodes.write(s.local().index(), s.local().type(), s.local().boxed(), compile(s.value()), pos);
            }
            case TExpr.Global g -> {
                return new DataNodes.GlobalGet(linker.global(g.ref()), pos);
            }
            case TExpr.SetGlobal g -> {
                return new DataNodes.GlobalSet(linker.global(g.ref()), compile(g.value()), pos);
            }
            case TExpr.FunctionValue fv -> {
                return new LocalNodes.RefConst(linker.function(fv.ref()), pos);
            }
            case TExpr.Binary b -> {
                return OperatorNodes.binary(b.op(), b.left().type(), compile(b.left()), compile(b.right()), pos);
            }
            case TExpr.Unary u -> {
                Node operand = compile(u.operand());
                Type t = u.operand().type();
                if (u.op().equals("-")) return t == Type.FLOAT ? new OperatorNodes.NegDouble(operand, pos) : new OperatorNodes.NegLong(operand, pos);
                return t == Type.INT ? new OperatorNodes.BitNot(operand, pos) : new OperatorNodes.Not(operand, pos);
            }
            case TExpr.Cast c -> {
                Type from = c.value().type();
                Node v = compile(c.value());
                if (from == Type.INT && c.type() == Type.FLOAT) return new OperatorNodes.IntToFloat(v, pos);
                if (from == Type.FLOAT && c.type() == Type.INT) return new OperatorNodes.FloatToInt(v, pos);
                return v;
            }
            case TExpr.If i -> {
                return new ControlNodes.If(compile(i.cond()), compile(i.then()), i.otherwise() == null ? null : compile(i.otherwise()), pos);
            }
            case TExpr.Block b -> {
                if (b.statements().isEmpty() && b.result() != null) return compile(b.result());
                return new ControlNodes.Block(compileAll(b.statements()), b.result() == null ? null : compile(b.result()), pos);
            }
            case TExpr.Loop l -> {
                ControlNodes.LoopNode loop = l.cond() != null ? new ControlNodes.While(compile(l.cond()), compile(l.body()), pos)
                        : new ControlNodes.Loop(compile(l.body()), pos);
                loop.owner = owner;
                loop.tir = l;
                return loop;
            }
            case TExpr.ForRange r -> {
                Node body = compile(r.body());
                if (r.var().boxed()) {
                    // the loop variable lives in a fresh box per iteration
                    body = new ControlNodes.Block(new Node[] {new LocalNodes.LetBoxed(r.var().index(),
                            new LocalNodes.ReadLong(r.var().index(), pos), pos)}, body, pos);
                }
                ControlNodes.LoopNode loop = new ControlNodes.ForRange(r.var().index(), compile(r.from()), compile(r.to()), r.inclusive(), body, pos);
                loop.owner = owner;
                if (!r.var().boxed()) loop.tir = r;
                return loop;
            }
            case TExpr.ForEach fe -> {
                TLocal var = fe.var();
                int slot = var.index();
                Type.Kind kind = var.type().kind();
                ControlNodes.ForEach.SlotSetter setter = var.boxed() ? (f, v) -> f.refs[slot] = new Box(v)
                        : (f, v) -> Slots.store(f, slot, kind, v);
                ControlNodes.LoopNode loop = new ControlNodes.ForEach(compile(fe.iterable()), setter, compile(fe.body()), pos);
                loop.owner = owner;
                loop.tir = fe;
                return loop;
            }
            case TExpr.Break b -> {
                return new ControlNodes.Break(b.value() == null ? null : compile(b.value()), pos);
            }
            case TExpr.Continue c -> {
                return new ControlNodes.Continue(pos);
            }
            case TExpr.Return r -> {
                return new ControlNodes.Return(r.value() == null ? null : compile(r.value()), pos);
            }
            case TExpr.Call c -> {
                Type.Kind[] kinds = c.callee().signature().params().stream().map(Type::kind).toArray(Type.Kind[]::new);
                CallNodes.Call call = new CallNodes.Call(linker.function(c.callee()), compileAll(c.args()), kinds, pos);
                return c.async() ? new CallNodes.AsyncCall(call, host, pos) : call;
            }
            case TExpr.CallValue c -> {
                return new CallNodes.CallValue(compile(c.callee()), compileAll(c.args()), pos);
            }
            case TExpr.Intrinsic in -> {
                return intrinsics.compile(in.name(), compileAll(in.args()), in.type(), pos);
            }
            case TExpr.Closure c -> {
                CallTarget target = compile(c.function());
                int n = c.captures().size();
                int[] from = new int[n];
                Type.Kind[] fromKinds = new Type.Kind[n];
                Type[] fromTypes = new Type[n];
                int[] into = new int[n];
                Type.Kind[] intoKinds = new Type.Kind[n];
                for (int i = 0; i < n; i++) {
                    TLocal src = c.captures().get(i);
                    TLocal dst = c.capturedInto().get(i);
                    from[i] = src.index();
                    fromKinds[i] = src.boxed() ? Type.Kind.REF : src.type().kind();
                    fromTypes[i] = src.type();
                    into[i] = dst.index();
                    intoKinds[i] = dst.boxed() ? Type.Kind.REF : dst.type().kind();
                }
                return new CallNodes.MakeClosure(target, from, fromKinds, fromTypes, into, intoKinds, pos);
            }
            case TExpr.Interpolate s -> {
                return new DataNodes.Interpolate(compileAll(s.parts()), pos);
            }
            case TExpr.TupleNew t -> {
                return new DataNodes.TupleNew(compileAll(t.items()), pos);
            }
            case TExpr.TupleGet t -> {
                return new DataNodes.TupleGet(compile(t.tuple()), t.index(), pos);
            }
            case TExpr.VecNew v -> {
                boolean set = v.type() instanceof Type.Named n && n.name().equals("Set");
                return new DataNodes.VecNew(compileAll(v.items()), set, pos);
            }
            case TExpr.MapNew m -> {
                return new DataNodes.MapNew(compileAll(m.keys()), compileAll(m.values()), pos);
            }
            case TExpr.Index ix -> {
                if (ix.target().type() == Type.Prim.BYTES) return new DataNodes.BytesIndex(compile(ix.target()), compile(ix.index()), pos);
                boolean isVec = ix.target().type() instanceof Type.Named n && n.name().equals("Vec");
                return isVec ? new DataNodes.VecIndex(compile(ix.target()), compile(ix.index()), pos)
                        : new DataNodes.MapIndex(compile(ix.target()), compile(ix.index()), pos);
            }
            case TExpr.SetIndex s -> {
                boolean isVec = s.target().type() instanceof Type.Named n && n.name().equals("Vec");
                if (isVec) {
                    return new DataNodes.SetVecIndex(compile(s.target()), compile(s.index()), compile(s.value()),
                            StructLayout.letter(s.value().type()), pos);
                }
                return new DataNodes.SetIndex(compile(s.target()), compile(s.index()), compile(s.value()), pos);
            }
            case TExpr.StructNew s -> {
                return new DataNodes.StructNew(linker.struct(s.struct()), compileAll(s.fields()), pos);
            }
            case TExpr.FieldGet g -> {
                return new DataNodes.FieldGet(compile(g.target()), g.index(), pos);
            }
            case TExpr.SetField s -> {
                return new DataNodes.SetField(compile(s.target()), s.index(), compile(s.value()),
                        StructLayout.letter(s.value().type()), pos);
            }
            case TExpr.VariantNew v -> {
                return new DataNodes.VariantNew(linker.enumShape(v.enumName()), v.index(), compileAll(v.args()), pos);
            }
            case TExpr.Match m -> {
                return match(m, false);
            }
            case TExpr.Destructure d -> {
                return new DataNodes.Destructure(Matcher.of(d.pattern()), compile(d.value()), pos);
            }
            case TExpr.Try t -> {
                return new DataNodes.Try(compile(t.value()), pos);
            }
            case TExpr.Await a -> {
                return new DataNodes.Join(compile(a.task()), pos);
            }
        }
    }

    private Node match(TExpr.Match m, boolean tail) {
        int n = m.arms().size();
        Matcher[] patterns = new Matcher[n];
        Node[] guards = new Node[n];
        Node[] bodies = new Node[n];
        for (int i = 0; i < n; i++) {
            TExpr.Arm arm = m.arms().get(i);
            patterns[i] = Matcher.of(arm.pattern());
            guards[i] = arm.guard() == null ? null : compile(arm.guard());
            bodies[i] = tail ? tail(arm.body()) : compile(arm.body());
        }
        return new DataNodes.Match(compile(m.scrutinee()), patterns, guards, bodies, m.pos());
    }

}
