package org.tlang.lang.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tlang.lang.syntax.Expr;
import org.tlang.lang.syntax.Pattern;
import org.tlang.tir.TEnum;
import org.tlang.tir.TStruct;
import org.tlang.tir.Type;

/**
 * Whether the rows of a pattern matrix cover every value of the column types (Maranget's
 * usefulness algorithm, reduced to the question "is a wildcard row still useful?"). The patterns
 * are those the {@link PatternChecker} found to fit their column's type.
 */
final class Exhaustiveness {
    private final Function<String, TEnum> enums;
    private final Function<String, TStruct> structs;
    /** Whether a bare name pattern binds a local (the checker found no variant of that name). */
    private final Predicate<Pattern> binds;

    Exhaustiveness(Function<String, TEnum> enums, Function<String, TStruct> structs, Predicate<Pattern> binds) {
        this.enums = enums;
        this.structs = structs;
        this.binds = binds;
    }

    private record Ctor(Object key, List<Type> fields) {}

    /**
     * A witness: one pattern per column that no row matches (written as T source, e.g. {@code Ok(None)}),
     * or null if the rows cover every value.
     */
    List<String> missing(List<List<Pattern>> rows, List<Type> types) {
        if (types.isEmpty()) return rows.isEmpty() ? new ArrayList<>() : null;
        // expand or-patterns in the first column
        List<List<Pattern>> expanded = new ArrayList<>();
        for (List<Pattern> row : rows) expandOr(row, expanded);
        Type t = Unifier.prune(types.getFirst());
        List<Type> rest = types.subList(1, types.size());
        boolean anyCtor = expanded.stream().anyMatch(row -> !isWild(row.getFirst()));
        List<Ctor> ctors = anyCtor ? constructors(t) : null;
        if (ctors == null) {
            List<List<Pattern>> defaults = new ArrayList<>();
            for (List<Pattern> row : expanded) if (isWild(row.getFirst())) defaults.add(row.subList(1, row.size()));
            List<String> w = missing(defaults, rest);
            if (w == null) return null;
            w.addFirst("_");
            return w;
        }
        for (Ctor c : ctors) {
            List<List<Pattern>> specialised = new ArrayList<>();
            for (List<Pattern> row : expanded) {
                List<Pattern> args = matchCtor(row.getFirst(), c, t);
                if (args == null) continue;
                List<Pattern> r = new ArrayList<>(args);
                r.addAll(row.subList(1, row.size()));
                specialised.add(r);
            }
            List<Type> ts = new ArrayList<>(c.fields());
            ts.addAll(rest);
            List<String> w = missing(specialised, ts);
            if (w != null) {
                int arity = c.fields().size();
                List<String> out = new ArrayList<>();
                out.add(show(c, t, w.subList(0, arity)));
                out.addAll(w.subList(arity, w.size()));
                return out;
            }
        }
        return null;
    }

    private String show(Ctor c, Type t, List<String> args) {
        if (c.key() instanceof Boolean b) return b.toString();
        if (c.key().equals("()")) return "()";
        if (c.key().equals("tuple")) return "(" + String.join(", ", args) + ")";
        if (c.key().equals("struct")) return ((Type.Named) t).simpleName() + " { .. }";
        String name = (String) c.key();
        return args.isEmpty() ? name : name + "(" + String.join(", ", args) + ")";
    }

    private static void expandOr(List<Pattern> row, List<List<Pattern>> out) {
        if (row.getFirst() instanceof Pattern.Or or) {
            for (Pattern alt : or.alternatives()) {
                List<Pattern> r = new ArrayList<>();
                r.add(alt);
                r.addAll(row.subList(1, row.size()));
                expandOr(r, out);
            }
        } else {
            out.add(row);
        }
    }

    /** Whether {@code p} matches every value of its type (`()` does: the unit type has one value). */
    private boolean isWild(Pattern p) {
        return p instanceof Pattern.Wildcard || p instanceof Pattern.Bind || (p instanceof Pattern.Variant && binds.test(p))
                || (p instanceof Pattern.Tuple t && t.items().isEmpty());
    }

    /** Null for types with too many values to enumerate (Int, Str, ...). */
    private List<Ctor> constructors(Type t) {
        if (t == Type.BOOL) return List.of(new Ctor(true, List.of()), new Ctor(false, List.of()));
        if (t == Type.UNIT) return List.of(new Ctor("()", List.of()));
        if (t instanceof Type.Tuple tt) return List.of(new Ctor("tuple", tt.items()));
        if (t instanceof Type.Named n) {
            TEnum e = enums.apply(n.name());
            if (e != null) {
                List<Ctor> out = new ArrayList<>();
                java.util.Map<String, Type> inst = new java.util.HashMap<>();
                for (int i = 0; i < e.typeParams().size() && i < n.args().size(); i++) inst.put(e.typeParams().get(i), n.arg(i));
                for (TEnum.Variant v : e.variants()) {
                    out.add(new Ctor(v.name(), v.fields().stream().map(f -> Unifier.substitute(f, inst)).toList()));
                }
                return out;
            }
            TStruct s = structs.apply(n.name());
            if (s != null) {
                java.util.Map<String, Type> inst = new java.util.HashMap<>();
                for (int i = 0; i < s.typeParams().size() && i < n.args().size(); i++) inst.put(s.typeParams().get(i), n.arg(i));
                return List.of(new Ctor("struct", s.fieldTypes().stream().map(f -> Unifier.substitute(f, inst)).toList()));
            }
        }
        return null;
    }

    /** The sub-patterns if {@code p} matches constructor {@code c}, or null. */
    private List<Pattern> matchCtor(Pattern p, Ctor c, Type t) {
        int arity = c.fields().size();
        if (isWild(p)) return Collections.nCopies(arity, p);
        switch (p) {
            case Pattern.Literal l when l.value() instanceof Expr.BoolLit b -> {
                return c.key().equals(b.value()) ? List.of() : null;
            }
            case Pattern.Tuple tp -> {
                return tp.items();
            }
            case Pattern.Variant v -> {
                if (!v.path().getLast().equals(c.key())) return null;
                return v.args() == null ? List.of() : v.args();
            }
            case Pattern.Struct sp -> {
                TStruct s = structs.apply(((Type.Named) t).name());
                List<Pattern> out = new ArrayList<>(Collections.nCopies(arity, (Pattern) new Pattern.Wildcard(sp.pos())));
                for (int i = 0; i < sp.names().size(); i++) {
                    int idx = s.fieldIndex(sp.names().get(i));
                    if (idx >= 0) out.set(idx, sp.fields().get(i));
                }
                return out;
            }
            case Pattern.Literal l when l.value() instanceof Expr.UnitLit -> {
                return List.of();
            }
            default -> {
                return null;
            }
        }
    }
}
