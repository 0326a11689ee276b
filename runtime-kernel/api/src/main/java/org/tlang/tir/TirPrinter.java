package org.tlang.tir;

import java.util.List;

/**
 * Renders TIR as indented text, one node per line with its type, for debugging tiers and for
 * golden tests: {@code (binary + : Int)} and so on.
 */
public final class TirPrinter {
    private final StringBuilder out = new StringBuilder();

    private TirPrinter() {}

    public static String print(TModule module) {
        TirPrinter p = new TirPrinter();
        p.line(0, "module " + module.name() + " (" + module.file() + ")");
        for (TStruct s : module.structs()) p.line(1, "struct " + s.name() + s.typeParams() + " " + s.fieldNames() + " " + s.fieldTypes());
        for (TEnum e : module.enums()) p.line(1, "enum " + e.name() + e.typeParams() + " " + e.variants());
        for (TStatic s : module.statics()) {
            p.line(1, (s.isConst() ? "const " : s.mutable() ? "static mut " : "static ") + s.name() + ": " + s.type());
            p.expr(2, s.init().body());
        }
        for (TFunction f : module.functions()) p.function(1, f);
        return p.out.toString();
    }

    public static String print(TFunction function) {
        TirPrinter p = new TirPrinter();
        p.function(0, function);
        return p.out.toString();
    }

    private void function(int depth, TFunction f) {
        line(depth, (f.isAsync() ? "async fn " : "fn ") + f.name() + "(" + String.join(", ", f.params().stream().map(TirPrinter::local).toList())
                + ") -> " + f.result() + " [locals " + f.localCount() + "]");
        expr(depth + 1, f.body());
    }

    private static String local(TLocal l) {
        return "%" + l.index() + " " + l.name() + ": " + l.type() + (l.mutable() ? " mut" : "") + (l.boxed() ? " boxed" : "");
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private void all(int depth, List<TExpr> es) {
        for (TExpr e : es) expr(depth, e);
    }

    private void expr(int d, TExpr e) {
        if (e == null) {
            line(d, "-");
            return;
        }
        String t = " : " + e.type();
        switch (e) {
            case TExpr.Const c -> line(d, "const " + (c.value() instanceof String s ? '"' + s + '"' : String.valueOf(c.value())) + t);
            case TExpr.Local l -> line(d, "local " + local(l.local()));
            case TExpr.Let l -> {
                line(d, "let " + local(l.local()));
                expr(d + 1, l.init());
            }
            case TExpr.SetLocal s -> {
                line(d, "set " + local(s.local()));
                expr(d + 1, s.value());
            }
            case TExpr.Global g -> line(d, "global " + g.ref().qualifiedName() + t);
            case TExpr.SetGlobal g -> {
                line(d, "set-global " + g.ref().qualifiedName());
                expr(d + 1, g.value());
            }
            case TExpr.FunctionValue f -> line(d, "fn-value " + f.ref().qualifiedName() + t);
            case TExpr.Binary b -> {
                line(d, "binary " + b.op().symbol + t);
                expr(d + 1, b.left());
                expr(d + 1, b.right());
            }
            case TExpr.Unary u -> {
                line(d, "unary " + u.op() + t);
                expr(d + 1, u.operand());
            }
            case TExpr.Cast c -> {
                line(d, "cast" + t);
                expr(d + 1, c.value());
            }
            case TExpr.If i -> {
                line(d, "if" + t);
                expr(d + 1, i.cond());
                expr(d + 1, i.then());
                if (i.otherwise() != null) expr(d + 1, i.otherwise());
            }
            case TExpr.Block b -> {
                line(d, "block" + t);
                all(d + 1, b.statements());
                if (b.result() != null) {
                    line(d + 1, "=>");
                    expr(d + 2, b.result());
                }
            }
            case TExpr.Loop l -> {
                line(d, (l.cond() == null ? "loop" : "while") + t);
                if (l.cond() != null) expr(d + 1, l.cond());
                expr(d + 1, l.body());
            }
            case TExpr.ForRange r -> {
                line(d, "for " + local(r.var()) + (r.inclusive() ? " in ..=" : " in .."));
                expr(d + 1, r.from());
                expr(d + 1, r.to());
                expr(d + 1, r.body());
            }
            case TExpr.ForEach f -> {
                line(d, "for " + local(f.var()) + " in");
                expr(d + 1, f.iterable());
                expr(d + 1, f.body());
            }
            case TExpr.Break b -> {
                line(d, "break");
                if (b.value() != null) expr(d + 1, b.value());
            }
            case TExpr.Continue c -> line(d, "continue");
            case TExpr.Return r -> {
                line(d, "return");
                if (r.value() != null) expr(d + 1, r.value());
            }
            case TExpr.Call c -> {
                line(d, (c.async() ? "call-async " : "call ") + c.callee().qualifiedName() + " " + c.callee().signature() + t);
                all(d + 1, c.args());
            }
            case TExpr.CallValue c -> {
                line(d, "call-value" + t);
                expr(d + 1, c.callee());
                all(d + 1, c.args());
            }
            case TExpr.Intrinsic in -> {
                line(d, "intrinsic " + in.name() + t);
                all(d + 1, in.args());
            }
            case TExpr.Closure c -> {
                line(d, "closure" + t + " captures " + c.captures().stream().map(TirPrinter::local).toList());
                function(d + 1, c.function());
            }
            case TExpr.Interpolate s -> {
                line(d, "interpolate" + t);
                all(d + 1, s.parts());
            }
            case TExpr.TupleNew tu -> {
                line(d, "tuple" + t);
                all(d + 1, tu.items());
            }
            case TExpr.TupleGet g -> {
                line(d, "tuple-get " + g.index() + t);
                expr(d + 1, g.tuple());
            }
            case TExpr.VecNew v -> {
                line(d, "vec" + t);
                all(d + 1, v.items());
            }
            case TExpr.MapNew m -> {
                line(d, "map" + t);
                for (int i = 0; i < m.keys().size(); i++) {
                    expr(d + 1, m.keys().get(i));
                    expr(d + 2, m.values().get(i));
                }
            }
            case TExpr.Index ix -> {
                line(d, "index" + t);
                expr(d + 1, ix.target());
                expr(d + 1, ix.index());
            }
            case TExpr.SetIndex s -> {
                line(d, "set-index");
                expr(d + 1, s.target());
                expr(d + 1, s.index());
                expr(d + 1, s.value());
            }
            case TExpr.StructNew s -> {
                line(d, "struct " + s.struct().name() + t);
                all(d + 1, s.fields());
            }
            case TExpr.FieldGet g -> {
                line(d, "field " + g.field() + " #" + g.index() + t);
                expr(d + 1, g.target());
            }
            case TExpr.SetField s -> {
                line(d, "set-field " + s.field() + " #" + s.index());
                expr(d + 1, s.target());
                expr(d + 1, s.value());
            }
            case TExpr.VariantNew v -> {
                line(d, "variant " + v.enumName() + "::" + v.variant() + t);
                all(d + 1, v.args());
            }
            case TExpr.Match m -> {
                line(d, "match" + t);
                expr(d + 1, m.scrutinee());
                for (TExpr.Arm arm : m.arms()) {
                    line(d + 1, "case " + pattern(arm.pattern()));
                    if (arm.guard() != null) {
                        line(d + 2, "if");
                        expr(d + 3, arm.guard());
                    }
                    expr(d + 2, arm.body());
                }
            }
            case TExpr.Destructure ds -> {
                line(d, "destructure " + pattern(ds.pattern()));
                expr(d + 1, ds.value());
            }
            case TExpr.Try tr -> {
                line(d, "try" + t);
                expr(d + 1, tr.value());
            }
            case TExpr.Await a -> {
                line(d, "await" + t);
                expr(d + 1, a.task());
            }
        }
    }

    /** {@code Shape::Circle(%3 r: Float)}, {@code (_, 1..=9)}, {@code Point{#0 %1 x: Int}}, {@code "a" | "b"}. */
    private static String pattern(TPattern p) {
        return switch (p) {
            case TPattern.Wildcard w -> "_";
            case TPattern.Bind b -> local(b.local());
            case TPattern.Literal l -> literal(l.value());
            case TPattern.Range r -> literal(r.from()) + (r.inclusive() ? "..=" : "..") + literal(r.to());
            case TPattern.Tuple t -> "(" + String.join(", ", t.items().stream().map(TirPrinter::pattern).toList()) + ")";
            case TPattern.Variant v -> v.enumName() + "::" + v.variant() + " #" + v.index()
                    + (v.args().isEmpty() ? "" : "(" + String.join(", ", v.args().stream().map(TirPrinter::pattern).toList()) + ")");
            case TPattern.Struct st -> {
                StringBuilder sb = new StringBuilder(st.structName()).append('{');
                for (int i = 0; i < st.fields().size(); i++) {
                    if (i > 0) sb.append(", ");
                    sb.append('#').append(st.fieldIndexes().get(i)).append(' ').append(pattern(st.fields().get(i)));
                }
                yield sb.append('}').toString();
            }
            case TPattern.Or o -> String.join(" | ", o.alternatives().stream().map(TirPrinter::pattern).toList());
        };
    }

    private static String literal(Object v) {
        return v instanceof String s ? '"' + s + '"' : String.valueOf(v);
    }
}
