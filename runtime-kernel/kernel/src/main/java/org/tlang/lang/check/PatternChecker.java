package org.tlang.lang.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tlang.lang.syntax.Expr;
import org.tlang.lang.syntax.Pattern;
import org.tlang.tir.Pos;
import org.tlang.tir.TEnum;
import org.tlang.tir.Type;

/** `match` (with its exhaustiveness check, once every type is known) and the patterns of `match`, `let` and `for`. */
final class PatternChecker {
    private final BodyChecker body;
    private final Unifier unifier;
    private final Typing typing;
    private final Map<String, String> aliases;
    /** While binding a later alternative of `|`: the locals the first alternative bound, by name. */
    private Map<String, LocalVar> orBindings;

    PatternChecker(BodyChecker body) {
        this.body = body;
        this.unifier = body.unifier;
        this.typing = body.typing;
        this.aliases = body.aliases;
    }

    Type inferMatch(Expr.Match m, Scope scope, Type expected) {
        Type st = body.infer(m.scrutinee(), scope, null);
        Type result = null;
        boolean wellFormed = true;
        for (Expr.Arm arm : m.arms()) {
            Scope s = new Scope(scope);
            wellFormed &= bindPattern(arm.pattern(), st, s, true);
            if (arm.guard() != null) body.expect(arm.guard(), Type.BOOL, s);
            Type bt = body.infer(arm.body(), s, expected);
            if (result == null || Unifier.prune(result) == Type.NEVER) {
                result = bt;
            } else if (Unifier.prune(bt) != Type.NEVER && !unifier.unify(result, bt)) {
                body.error(arm.body().pos(), "match arms have different types: expected " + Unifier.resolve(result)
                        + ", found " + Unifier.resolve(bt));
            }
        }
        // exhaustiveness reads each pattern as a constructor of its column's type: only sound for patterns that fit it
        if (wellFormed) body.deferred.addFirst(() -> {
            List<List<Pattern>> rows = new ArrayList<>();
            for (Expr.Arm arm : m.arms()) if (arm.guard() == null) rows.add(List.of(arm.pattern()));
            List<String> witness = new Exhaustiveness(body::lookupEnum, body::lookupStruct, typing.bindings::containsKey)
                    .missing(rows, List.of(Unifier.resolve(st)));
            if (witness != null) {
                body.error(m.pos(), "non-exhaustive `match`: pattern `" + witness.getFirst() + "` of type " + Unifier.resolve(st)
                        + " is not covered");
            }
        });
        return result == null ? Type.NEVER : result;
    }

    /**
     * Binds the names of {@code p} matched against a value of type {@code t}. True if the pattern fits
     * the type (no error was reported on it): its shape and arities are those of {@code t}.
     */
    boolean bindPattern(Pattern p, Type t, Scope scope, boolean refutable) {
        body.record(p, t);
        switch (p) {
            case Pattern.Wildcard w -> {
                return true;
            }
            case Pattern.Bind b -> {
                LocalVar v = orBindings == null ? null : orBindings.get(b.name());
                boolean fits = true;
                if (v != null) {
                    // a later alternative of `|` binds the same local as the first one
                    if (!unifier.unify(v.type, t)) {
                        fits = reject(b.pos(), "`" + b.name() + "` has type " + Unifier.resolve(v.type) + " in the first alternative but "
                                + Unifier.resolve(t) + " here");
                    }
                } else {
                    v = body.newLocal(b.name(), t, b.mutable());
                }
                typing.bindings.put(b, v);
                scope.define(b.name(), v);
                return fits;
            }
            case Pattern.Literal l -> {
                boolean fits = refutable || reject(p.pos(), "refutable pattern in a binding: use `match`");
                Type lt = body.infer(l.value(), scope, null);
                return unifies(p, t, lt) && fits;
            }
            case Pattern.Range r -> {
                boolean fits = refutable || reject(p.pos(), "refutable pattern in a binding: use `match`");
                Type lt = body.infer(r.from(), scope, null);
                body.expect(r.to(), lt, scope);
                return unifies(p, t, lt) && fits;
            }
            case Pattern.Tuple tp when tp.items().isEmpty() -> {
                // `()`, the unit value's pattern, as in `Ok(()) =>`: it matches the one value of `()`
                return unifier.unify(t, Type.UNIT) || reject(p.pos(), "pattern is `()`, but the value has type " + Unifier.resolve(t));
            }
            case Pattern.Tuple tp -> {
                Type pt = Unifier.prune(t);
                List<Type> items;
                boolean fits = true;
                if (pt instanceof Type.Tuple tt && tt.items().size() == tp.items().size()) {
                    items = tt.items();
                } else {
                    items = unifier.freshList(tp.items().size());
                    if (!unifier.unify(t, new Type.Tuple(items))) {
                        fits = reject(p.pos(), "pattern is a " + tp.items().size() + "-tuple, but the value has type " + Unifier.resolve(t));
                        items = java.util.Collections.nCopies(tp.items().size(), Type.Prim.ERROR);
                    }
                }
                for (int i = 0; i < tp.items().size(); i++) fits &= bindPattern(tp.items().get(i), items.get(i), scope, refutable);
                return fits;
            }
            case Pattern.Variant v -> {
                return bindVariant(v, t, scope, refutable);
            }
            case Pattern.Struct sp -> {
                Symbol sym = sp.path().size() == 1 ? body.scope(sp.path().getFirst()) : null;
                if (!(sym instanceof Symbol.Struct st)) {
                    return reject(p.pos(), "cannot find struct `" + String.join("::", sp.path()) + "`");
                }
                if (st.nativeType()) return reject(p.pos(), AggregateChecker.nativeTypeMade(st));
                Map<String, Type> inst = new HashMap<>();
                for (String tp : st.decl().typeParams()) inst.put(tp, unifier.fresh());
                Type self = new Type.Named(st.decl().name(), st.decl().typeParams().stream().map(inst::get).toList());
                boolean fits = unifies(p, t, self);
                for (int i = 0; i < sp.names().size(); i++) {
                    int idx = st.decl().fieldIndex(sp.names().get(i));
                    if (idx < 0) {
                        fits = reject(sp.fields().get(i).pos(), "no field `" + sp.names().get(i) + "`");
                        continue;
                    }
                    fits &= bindPattern(sp.fields().get(i), Unifier.substitute(st.decl().fieldTypes().get(idx), inst), scope, refutable);
                }
                typing.resolutions.put(p, new Resolution.StructField(st.decl(), -1));
                return fits;
            }
            case Pattern.Or o -> {
                boolean fits = refutable || reject(p.pos(), "refutable pattern in a binding: use `match`");
                Map<String, LocalVar> saved = orBindings;
                Map<String, LocalVar> first = null;
                for (Pattern alt : o.alternatives()) {
                    Scope s = new Scope(scope);
                    orBindings = first;
                    fits &= bindPattern(alt, t, s, true);
                    if (first == null) {
                        first = new java.util.LinkedHashMap<>(s.vars);
                    } else if (!s.vars.keySet().equals(first.keySet())) {
                        fits = reject(alt.pos(), "every alternative of `|` must bind the same names: " + new java.util.TreeSet<>(first.keySet())
                                + " here " + new java.util.TreeSet<>(s.vars.keySet()));
                    }
                }
                orBindings = saved;
                if (first != null) first.forEach(scope::define);
                return fits;
            }
        }
    }

    /** Unifies the type a pattern matches with the type of its value; reports a mismatch at the pattern if they differ. */
    private boolean unifies(Pattern p, Type value, Type pattern) {
        if (unifier.unify(value, pattern)) return true;
        body.mismatch(p.pos(), value, pattern);
        return false;
    }

    /** Reports an error on a pattern; false, for {@link #bindPattern}'s result. */
    private boolean reject(Pos pos, String message) {
        body.error(pos, message);
        return false;
    }

    private boolean bindVariant(Pattern.Variant v, Type t, Scope scope, boolean refutable) {
        TEnum decl = null;
        int idx = -1;
        String last = v.path().getLast();
        if (v.path().size() == 1) {
            if (last.equals("Some") || last.equals("None")) decl = Builtins.OPTION;
            else if (last.equals("Ok") || last.equals("Err")) decl = Builtins.RESULT;
            else if (Unifier.prune(t) instanceof Type.Named n) decl = body.lookupEnum(n.name());
        } else {
            String head = String.join(".", v.path().subList(0, v.path().size() - 1));
            if (head.equals("Option")) decl = Builtins.OPTION;
            else if (head.equals("Result")) decl = Builtins.RESULT;
            else if (v.path().size() == 2 && body.scope(head) instanceof Symbol.Enum en) decl = en.decl();
            else if (v.path().size() > 2) {
                String alias = String.join(".", v.path().subList(0, v.path().size() - 2));
                ModuleInterface mi = body.moduleNamed(aliases.getOrDefault(alias, alias));
                if (mi != null && mi.item(v.path().get(v.path().size() - 2)) instanceof Symbol.Enum en) decl = en.decl();
            }
        }
        if (decl != null) idx = decl.variantIndex(last);
        if (decl == null || idx < 0) {
            if (v.args() == null && v.path().size() == 1) {
                // an uppercase name that is no variant: a binding
                LocalVar lv = body.newLocal(last, t, false);
                typing.bindings.put(v, lv);
                scope.define(last, lv);
                return true;
            }
            return reject(v.pos(), "cannot find variant `" + String.join("::", v.path()) + "`");
        }
        boolean fits = refutable || decl.variants().size() == 1 || reject(v.pos(), "refutable pattern in a binding: use `match`");
        typing.resolutions.put(v, new Resolution.Variant(decl, idx));
        Map<String, Type> inst = new HashMap<>();
        for (String tp : decl.typeParams()) inst.put(tp, unifier.fresh());
        Type self = new Type.Named(decl.name(), decl.typeParams().stream().map(inst::get).toList());
        if (!unifies(v, t, self)) return false;
        List<Type> fields = decl.variants().get(idx).fields();
        int given = v.args() == null ? 0 : v.args().size();
        if (given != fields.size()) {
            return reject(v.pos(), "variant `" + last + "` has " + fields.size() + " field(s), the pattern gives " + given);
        }
        for (int i = 0; i < given; i++) fits &= bindPattern(v.args().get(i), Unifier.substitute(fields.get(i), inst), scope, refutable);
        return fits;
    }
}
