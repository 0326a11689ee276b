package org.tlang.interp;

import java.util.List;
import org.tlang.interp.nodes.Node;
import org.tlang.interp.nodes.call.AsyncCall;
import org.tlang.interp.nodes.call.Call;
import org.tlang.interp.nodes.call.CallValue;
import org.tlang.interp.nodes.call.MakeClosure;
import org.tlang.interp.nodes.controlflow.Block;
import org.tlang.interp.nodes.controlflow.Break;
import org.tlang.interp.nodes.controlflow.Continue;
import org.tlang.interp.nodes.controlflow.ForEach;
import org.tlang.interp.nodes.controlflow.ForRange;
import org.tlang.interp.nodes.controlflow.If;
import org.tlang.interp.nodes.controlflow.Loop;
import org.tlang.interp.nodes.controlflow.LoopNode;
import org.tlang.interp.nodes.controlflow.Return;
import org.tlang.interp.nodes.controlflow.While;
import org.tlang.interp.nodes.data.BytesIndex;
import org.tlang.interp.nodes.debug.Entered;
import org.tlang.interp.nodes.debug.Probed;
import org.tlang.interp.nodes.data.Destructure;
import org.tlang.interp.nodes.data.FieldGet;
import org.tlang.interp.nodes.data.GlobalGet;
import org.tlang.interp.nodes.data.GlobalSet;
import org.tlang.interp.nodes.data.Interpolate;
import org.tlang.interp.nodes.data.Join;
import org.tlang.interp.nodes.data.MapIndex;
import org.tlang.interp.nodes.data.MapNew;
import org.tlang.interp.nodes.data.Match;
import org.tlang.interp.nodes.data.Matcher;
import org.tlang.interp.nodes.data.SetField;
import org.tlang.interp.nodes.data.SetIndex;
import org.tlang.interp.nodes.data.SetVecIndex;
import org.tlang.interp.nodes.data.StructNew;
import org.tlang.interp.nodes.data.Try;
import org.tlang.interp.nodes.data.TupleGet;
import org.tlang.interp.nodes.data.TupleNew;
import org.tlang.interp.nodes.data.VariantNew;
import org.tlang.interp.nodes.data.VecIndex;
import org.tlang.interp.nodes.data.VecNew;
import org.tlang.interp.nodes.expression.BitNot;
import org.tlang.interp.nodes.expression.BoolConst;
import org.tlang.interp.nodes.expression.DoubleConst;
import org.tlang.interp.nodes.expression.FloatToInt;
import org.tlang.interp.nodes.expression.IntToFloat;
import org.tlang.interp.nodes.expression.LongConst;
import org.tlang.interp.nodes.expression.NegDouble;
import org.tlang.interp.nodes.expression.NegLong;
import org.tlang.interp.nodes.expression.Not;
import org.tlang.interp.nodes.expression.Operators;
import org.tlang.interp.nodes.expression.RefConst;
import org.tlang.interp.nodes.local.LetBoxed;
import org.tlang.interp.nodes.local.Locals;
import org.tlang.interp.nodes.local.ReadLong;
import org.tlang.runtime.Box;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.Slots;
import org.tlang.runtime.StructLayout;
import org.tlang.runtime.Unit;
import org.tlang.tir.TExpr;
import org.tlang.tir.TFunction;
import org.tlang.runtime.StructShape;
import org.tlang.spi.natives.Resources;
import org.tlang.interp.nodes.data.HandleNew;
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
    /** The debugger's probe, or null; and the function being compiled as it sees it. */
    private final Probe probe;
    private Site site;

    public NodeCompiler(Linker linker, Host host) {
        this.linker = linker;
        this.host = host;
        this.intrinsics = new Intrinsics(host);
        this.probe = host.probe();
    }

    public CallTarget compile(TFunction fn) {
        Type.Kind[] kinds = fn.params().stream().map(p -> p.type().kind()).toArray(Type.Kind[]::new);
        CallTarget target = new CallTarget(fn.qualifiedName(), fn.file(), Math.max(fn.localCount(), 1), kinds);
        target.pos = fn.pos();
        CallTarget outer = owner;
        Site outerSite = site;
        owner = target;
        if (probe != null) site = Sites.of(fn);
        Site own = site;
        Node body;
        try {
            body = tail(fn.body());
        } finally {
            owner = outer;
            site = outerSite;
        }
        // a boxed parameter arrives as a plain value and is moved into its box on entry
        List<TLocal> boxedParams = fn.params().stream().filter(TLocal::boxed).toList();
        if (!boxedParams.isEmpty()) {
            Node[] boxing = boxedParams.stream()
                    .map(p -> (Node) new LetBoxed(p.index(), Locals.read(p.index(), p.type(), false, fn.pos()), fn.pos()))
                    .toArray(Node[]::new);
            body = new Block(boxing, body, true, fn.pos());
        }
        if (probe != null) body = new Entered(body, probe, own, fn.pos());
        target.body = body;
        target.refs = usesRefs(fn);
        return target;
    }

    /**
     * Whether any local of {@code fn} is a reference or boxed, so it needs {@link Frame#refs}. Walks
     * every TIR record of the function's body for its locals; a closure's body is left out (it runs
     * on a frame of its own), so nested closures cost a walk each, not one per enclosing closure.
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
        if (o instanceof TFunction) return false;
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
                return r.value() == null ? new RefConst(Unit.VALUE, r.pos()) : compile(r.value());
            }
            case TExpr.Block b -> {
                List<TExpr> stmts = b.statements();
                // `if c { ..; return x; } rest` in tail position is `if c { ..; x } else { rest }`: no exception
                for (int i = 0; i < stmts.size(); i++) {
                    if (stmts.get(i) instanceof TExpr.If guard && guard.otherwise() == null && endsInReturn(guard.then())) {
                        TExpr rest = new TExpr.Block(stmts.subList(i + 1, stmts.size()), b.result(), b.type(), b.pos());
                        Node branch = new If(compile(guard.cond()), tail(guard.then()), tail(rest), guard.pos());
                        return new Block(statements(stmts.subList(0, i)), branch, true, b.pos());
                    }
                }
                if (b.result() == null && !stmts.isEmpty() && stmts.getLast() instanceof TExpr.Return r) {
                    return new Block(statements(stmts.subList(0, stmts.size() - 1)), probed(tail(r), r.pos()), true, b.pos());
                }
                // a block of just its value is that value (locals are slots: a block has no scope to keep)
                Node result = b.result() == null ? null : tail(b.result());
                if (result != null && !(result instanceof LoopNode)) result = probed(result, b.result().pos());
                if (stmts.isEmpty() && result != null && !(result instanceof LoopNode)) return result;
                return new Block(statements(stmts), result, true, b.pos());
            }
            case TExpr.If i when i.otherwise() != null -> {
                return new If(compile(i.cond()), tail(i.then()), tail(i.otherwise()), i.pos());
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

    /** The statements of a block; each seen by the debugger's probe first, when there is one. */
    private Node[] statements(List<TExpr> es) {
        Node[] out = compileAll(es);
        if (probe != null) for (int i = 0; i < out.length; i++) out[i] = probed(out[i], es.get(i).pos());
        return out;
    }

    /** {@code n}, seen by the debugger's probe first when there is one (a block's value on a line of its own). */
    private Node probed(Node n, org.tlang.tir.Pos at) {
        if (probe == null) return n;
        probe.statement(site, at);
        return new Probed(n, probe, site, at);
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
                if (c.type() == Type.INT) return new LongConst((Long) v, pos);
                if (c.type() == Type.FLOAT) return new DoubleConst((Double) v, pos);
                if (c.type() == Type.BOOL) return new BoolConst((Boolean) v, pos);
                return new RefConst(v == null ? Unit.VALUE : v, pos);
            }
            case TExpr.Local l -> {
                return Locals.read(l.local().index(), l.local().type(), l.local().boxed(), pos);
            }
            case TExpr.Let let -> {
                TLocal local = let.local();
                Node init = compile(let.init());
                if (local.boxed()) return new LetBoxed(local.index(), init, pos);
                return Locals.write(local.index(), local.type(), false, init, pos);
            }
            case TExpr.SetLocal s -> {
                return Locals.write(s.local().index(), s.local().type(), s.local().boxed(), compile(s.value()), pos);
            }
            case TExpr.Global g -> {
                return new GlobalGet(linker.global(g.ref()), pos);
            }
            case TExpr.SetGlobal g -> {
                return new GlobalSet(linker.global(g.ref()), compile(g.value()), pos);
            }
            case TExpr.FunctionValue fv -> {
                return new RefConst(linker.function(fv.ref()), pos);
            }
            case TExpr.Binary b -> {
                return Operators.binary(b.op(), b.left().type(), compile(b.left()), compile(b.right()), pos);
            }
            case TExpr.Unary u -> {
                Node operand = compile(u.operand());
                Type t = u.operand().type();
                if (u.op().equals("-")) return t == Type.FLOAT ? new NegDouble(operand, pos) : new NegLong(operand, pos);
                return t == Type.INT ? new BitNot(operand, pos) : new Not(operand, pos);
            }
            case TExpr.Cast c -> {
                Type from = c.value().type();
                Node v = compile(c.value());
                if (from == Type.INT && c.type() == Type.FLOAT) return new IntToFloat(v, pos);
                if (from == Type.FLOAT && c.type() == Type.INT) return new FloatToInt(v, pos);
                return v;
            }
            case TExpr.If i -> {
                return new If(compile(i.cond()), compile(i.then()), i.otherwise() == null ? null : compile(i.otherwise()), pos);
            }
            case TExpr.Block b -> {
                if (b.statements().isEmpty() && b.result() != null) return compile(b.result());
                return new Block(statements(b.statements()), b.result() == null ? null : probed(compile(b.result()), b.result().pos()), pos);
            }
            case TExpr.Loop l -> {
                return l.cond() != null ? new While(compile(l.cond()), compile(l.body()), owner, l, pos)
                        : new Loop(compile(l.body()), owner, l, pos);
            }
            case TExpr.ForRange r -> {
                Node body = compile(r.body());
                if (r.var().boxed()) {
                    // the loop variable lives in a fresh box per iteration
                    body = new Block(new Node[] {new LetBoxed(r.var().index(),
                            new ReadLong(r.var().index(), pos), pos)}, body, pos);
                }
                return new ForRange(r.var().index(), compile(r.from()), compile(r.to()), r.inclusive(), body, owner,
                        r.var().boxed() ? null : r, pos);
            }
            case TExpr.ForEach fe -> {
                TLocal var = fe.var();
                int slot = var.index();
                Type.Kind kind = var.type().kind();
                ForEach.SlotSetter setter = var.boxed() ? (f, v) -> f.refs[slot] = new Box(v)
                        : (f, v) -> Slots.store(f, slot, kind, v);
                return new ForEach(compile(fe.iterable()), setter, compile(fe.body()), owner, fe, pos);
            }
            case TExpr.Break b -> {
                return new Break(b.value() == null ? null : compile(b.value()), pos);
            }
            case TExpr.Continue c -> {
                return new Continue(pos);
            }
            case TExpr.Return r -> {
                return new Return(r.value() == null ? null : compile(r.value()), pos);
            }
            case TExpr.Call c -> {
                Type.Kind[] kinds = c.callee().signature().params().stream().map(Type::kind).toArray(Type.Kind[]::new);
                Call call = new Call(linker.function(c.callee()), compileAll(c.args()), kinds, pos);
                return c.async() ? new AsyncCall(call, host, pos) : call;
            }
            case TExpr.CallValue c -> {
                return new CallValue(compile(c.callee()), compileAll(c.args()), pos);
            }
            case TExpr.Intrinsic in -> {
                return intrinsics.compile(in.name(), compileAll(in.args()), in.type(), pos);
            }
            case TExpr.Closure c -> {
                CallTarget target = compile(c.function());
                if (owner != null) target.enclosedBy(owner);
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
                return new MakeClosure(target, from, fromKinds, fromTypes, into, intoKinds, pos);
            }
            case TExpr.Interpolate s -> {
                return new Interpolate(compileAll(s.parts()), pos);
            }
            case TExpr.TupleNew t -> {
                return new TupleNew(compileAll(t.items()), pos);
            }
            case TExpr.TupleGet t -> {
                return new TupleGet(compile(t.tuple()), t.index(), pos);
            }
            case TExpr.VecNew v -> {
                boolean set = v.type() instanceof Type.Named n && n.name().equals("Set");
                return new VecNew(compileAll(v.items()), set, pos);
            }
            case TExpr.MapNew m -> {
                return new MapNew(compileAll(m.keys()), compileAll(m.values()), pos);
            }
            case TExpr.Index ix -> {
                if (ix.target().type() == Type.Prim.BYTES) return new BytesIndex(compile(ix.target()), compile(ix.index()), pos);
                boolean isVec = ix.target().type() instanceof Type.Named n && n.name().equals("Vec");
                return isVec ? new VecIndex(compile(ix.target()), compile(ix.index()), pos)
                        : new MapIndex(compile(ix.target()), compile(ix.index()), pos);
            }
            case TExpr.SetIndex s -> {
                boolean isVec = s.target().type() instanceof Type.Named n && n.name().equals("Vec");
                if (isVec) {
                    return new SetVecIndex(compile(s.target()), compile(s.index()), compile(s.value()),
                            StructLayout.letter(s.value().type()), pos);
                }
                return new SetIndex(compile(s.target()), compile(s.index()), compile(s.value()), pos);
            }
            case TExpr.StructNew s -> {
                StructShape shape = linker.struct(s.struct());
                Node made = new StructNew(shape, compileAll(s.fields()), pos);
                Resources resources = host.resources();
                return resources != null && resources.isHandle(shape.name()) ? new HandleNew(made, resources, pos) : made;
            }
            case TExpr.FieldGet g -> {
                return new FieldGet(compile(g.target()), g.index(), pos);
            }
            case TExpr.SetField s -> {
                return new SetField(compile(s.target()), s.index(), compile(s.value()),
                        StructLayout.letter(s.value().type()), pos);
            }
            case TExpr.VariantNew v -> {
                return new VariantNew(linker.enumShape(v.enumName()), v.index(), compileAll(v.args()), pos);
            }
            case TExpr.Match m -> {
                return match(m, false);
            }
            case TExpr.Destructure d -> {
                return new Destructure(Matcher.of(d.pattern()), compile(d.value()), pos);
            }
            case TExpr.Try t -> {
                return new Try(compile(t.value()), pos);
            }
            case TExpr.Await a -> {
                return new Join(compile(a.task()), pos);
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
        return new Match(compile(m.scrutinee()), patterns, guards, bodies, m.pos());
    }

}
