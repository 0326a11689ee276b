package org.tlang.jit.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tlang.tir.TExpr;
import org.tlang.tir.TLocal;
import org.tlang.tir.TPattern;

/** Walking TIR: the sub-expressions and locals of an expression (never inside a closure's own body). */
final class Tir {
    private Tir() {}

    static List<TExpr> children(TExpr e) {
        List<TExpr> out = new ArrayList<>();
        switch (e) {
            case TExpr.Const c -> {}
            case TExpr.Local l -> {}
            case TExpr.Let l -> out.add(l.init());
            case TExpr.SetLocal s -> out.add(s.value());
            case TExpr.Global g -> {}
            case TExpr.SetGlobal g -> out.add(g.value());
            case TExpr.FunctionValue f -> {}
            case TExpr.Binary b -> { out.add(b.left()); out.add(b.right()); }
            case TExpr.Unary u -> out.add(u.operand());
            case TExpr.Cast c -> out.add(c.value());
            case TExpr.If i -> { out.add(i.cond()); out.add(i.then()); if (i.otherwise() != null) out.add(i.otherwise()); }
            case TExpr.Block b -> { out.addAll(b.statements()); if (b.result() != null) out.add(b.result()); }
            case TExpr.Loop l -> { if (l.cond() != null) out.add(l.cond()); out.add(l.body()); }
            case TExpr.ForRange r -> { out.add(r.from()); out.add(r.to()); out.add(r.body()); }
            case TExpr.ForEach f -> { out.add(f.iterable()); out.add(f.body()); }
            case TExpr.Break b -> { if (b.value() != null) out.add(b.value()); }
            case TExpr.Continue c -> {}
            case TExpr.Return r -> { if (r.value() != null) out.add(r.value()); }
            case TExpr.Call c -> out.addAll(c.args());
            case TExpr.CallValue c -> { out.add(c.callee()); out.addAll(c.args()); }
            case TExpr.Intrinsic i -> out.addAll(i.args());
            case TExpr.Closure c -> {}
            case TExpr.Interpolate s -> out.addAll(s.parts());
            case TExpr.TupleNew t -> out.addAll(t.items());
            case TExpr.TupleGet t -> out.add(t.tuple());
            case TExpr.VecNew v -> out.addAll(v.items());
            case TExpr.MapNew m -> { out.addAll(m.keys()); out.addAll(m.values()); }
            case TExpr.Index i -> { out.add(i.target()); out.add(i.index()); }
            case TExpr.SetIndex s -> { out.add(s.target()); out.add(s.index()); out.add(s.value()); }
            case TExpr.StructNew s -> out.addAll(s.fields());
            case TExpr.FieldGet g -> out.add(g.target());
            case TExpr.SetField s -> { out.add(s.target()); out.add(s.value()); }
            case TExpr.VariantNew v -> out.addAll(v.args());
            case TExpr.Match m -> {
                out.add(m.scrutinee());
                for (TExpr.Arm a : m.arms()) {
                    if (a.guard() != null) out.add(a.guard());
                    out.add(a.body());
                }
            }
            case TExpr.Destructure d -> out.add(d.value());
            case TExpr.Try t -> out.add(t.value());
            case TExpr.Await a -> out.add(a.task());
        }
        return out;
    }

    /** Every local {@code e} reads or writes (closure captures included), and separately those it writes. */
    static void locals(TExpr e, Consumer<TLocal> read, Consumer<TLocal> written) {
        switch (e) {
            case TExpr.Local l -> read.accept(l.local());
            case TExpr.Let l -> written.accept(l.local());
            case TExpr.SetLocal s -> written.accept(s.local());
            case TExpr.ForRange r -> written.accept(r.var());
            case TExpr.ForEach f -> written.accept(f.var());
            case TExpr.Closure c -> c.captures().forEach(read);
            case TExpr.Match m -> {
                if (m.scrutineeLocal() != null) written.accept(m.scrutineeLocal());
                for (TExpr.Arm a : m.arms()) binds(a.pattern(), written);
            }
            case TExpr.Destructure d -> binds(d.pattern(), written);
            default -> {}
        }
        for (TExpr c : children(e)) locals(c, read, written);
    }

    static void binds(TPattern p, Consumer<TLocal> out) {
        switch (p) {
            case TPattern.Bind b -> out.accept(b.local());
            case TPattern.Tuple t -> t.items().forEach(i -> binds(i, out));
            case TPattern.Variant v -> v.args().forEach(i -> binds(i, out));
            case TPattern.Struct s -> s.fields().forEach(i -> binds(i, out));
            case TPattern.Or o -> o.alternatives().forEach(i -> binds(i, out));
            default -> {}
        }
    }

    /**
     * True if {@code e} can run in the interpreter on its own: no `return` or `?` in it, and every
     * `break`/`continue` in it belongs to a loop inside it.
     */
    static boolean selfContained(TExpr e) {
        return selfContained(e, 0);
    }

    private static boolean selfContained(TExpr e, int loops) {
        switch (e) {
            case TExpr.Return r -> {
                return false;
            }
            case TExpr.Try t -> {
                return false;
            }
            case TExpr.Break b -> {
                if (loops == 0) return false;
            }
            case TExpr.Continue c -> {
                if (loops == 0) return false;
            }
            default -> {}
        }
        int inner = e instanceof TExpr.Loop || e instanceof TExpr.ForRange || e instanceof TExpr.ForEach ? loops + 1 : loops;
        for (TExpr c : children(e)) {
            // a loop's condition and a for's range are evaluated outside the loop's own breaks
            if (!selfContained(c, inner)) return false;
        }
        return true;
    }
}
