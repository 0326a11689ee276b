package org.tlang.lang.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tlang.lang.syntax.Expr;
import org.tlang.lang.syntax.Pattern;
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
        for (Expr.Arm arm : m.arms()) {
            Scope s = new Scope(scope);
            bindPattern(arm.pattern(), st, s, true);
            if (arm.guard() != null) body.expect(arm.guard(), Type.BOOL, s);
            Type bt = body.infer(arm.body(), s, expected);
            if (result == null || Unifier.prune(result) == Type.NEVER) {
                result = bt;
            } else if (Unifier.prune(bt) != Type.NEVER && !unifier.unify(result, bt)) {
                body.error(arm.body().pos(), "match arms have different types: expected " + Unifier.resolve(result)
                        + ", found " + Unifier.resolve(bt));
            }
        }
        body.deferred.addFirst(() -> {
            List<List<Pattern>> rows = new ArrayList<>();
            for (Expr.Arm arm : m.arms()) if (arm.guard() == null) rows.add(List.of(arm.pattern()));
            List<String> witness = new Exhaustiveness(body::lookupEnum, body::lookupStruct).missing(rows, List.of(Unifier.resolve(st)));
            if (witness != null) {
                body.error(m.pos(), "non-exhaustive `match`: pattern `" + witness.getFirst() + "` of type " + Unifier.resolve(st)
                        + " is not covered");
            }
        });
        return result == null ? Type.NEVER : result;
    }

    void bindPattern(Pattern p, Type t, Scope scope, boolean refutable) {
        body.record(p, t);
        switch (p) {
            case Pattern.Wildcard w -> {
            }
            case Pattern.Bind b -> {
                LocalVar v = orBindings == null ? null : orBindings.get(b.name());
                if (v != null) {
                    // a later alternative of `|` binds the same local as the first one
                    if (!unifier.unify(v.type, t)) {
                        body.error(b.pos(), "`" + b.name() + "` has type " + Unifier.resolve(v.type) + " in the first alternative but "
                                + Unifier.resolve(t) + " here");
                    }
                } else {
                    v = body.newLocal(b.name(), t, b.mutable());
                }
                typing.bindings.put(b, v);
                scope.define(b.name(), v);
            }
            case Pattern.Literal l -> {
                if (!refutable) body.error(p.pos(), "refutable pattern in a binding: use `match`");
                Type lt = body.infer(l.value(), scope, null);
                if (!unifier.unify(t, lt)) body.mismatch(p.pos(), t, lt);
            }
            case Pattern.Range r -> {
                if (!refutable) body.error(p.pos(), "refutable pattern in a binding: use `match`");
                Type lt = body.infer(r.from(), scope, null);
                body.expect(r.to(), lt, scope);
                if (!unifier.unify(t, lt)) body.mismatch(p.pos(), t, lt);
            }
            case Pattern.Tuple tp -> {
                Type pt = Unifier.prune(t);
                List<Type> items;
                if (pt instanceof Type.Tuple tt && tt.items().size() == tp.items().size()) {
                    items = tt.items();
                } else {
                    items = unifier.freshList(tp.items().size());
                    if (!unifier.unify(t, new Type.Tuple(items))) {
                        body.error(p.pos(), "pattern is a " + tp.items().size() + "-tuple, but the value has type " + Unifier.resolve(t));
                        items = java.util.Collections.nCopies(tp.items().size(), Type.Prim.ERROR);
                    }
                }
                for (int i = 0; i < tp.items().size(); i++) bindPattern(tp.items().get(i), items.get(i), scope, refutable);
            }
            case Pattern.Variant v -> bindVariant(v, t, scope, refutable);
            case Pattern.Struct sp -> {
                Symbol sym = sp.path().size() == 1 ? body.scope(sp.path().getFirst()) : null;
                if (!(sym instanceof Symbol.Struct st)) {
                    body.error(p.pos(), "cannot find struct `" + String.join("::", sp.path()) + "`");
                    return;
                }
                Map<String, Type> inst = new HashMap<>();
                for (String tp : st.decl().typeParams()) inst.put(tp, unifier.fresh());
                Type self = new Type.Named(st.decl().name(), st.decl().typeParams().stream().map(inst::get).toList());
                if (!unifier.unify(t, self)) body.mismatch(p.pos(), t, self);
                for (int i = 0; i < sp.names().size(); i++) {
                    int idx = st.decl().fieldIndex(sp.names().get(i));
                    if (idx < 0) {
                        body.error(sp.fields().get(i).pos(), "no field `" + sp.names().get(i) + "`");
                        continue;
                    }
                    bindPattern(sp.fields().get(i), Unifier.substitute(st.decl().fieldTypes().get(idx), inst), scope, refutable);
                }
                typing.resolutions.put(p, new Resolution.StructField(st.decl(), -1));
            }
            case Pattern.Or o -> {
                if (!refutable) body.error(p.pos(), "refutable pattern in a binding: use `match`");
                Map<String, LocalVar> saved = orBindings;
                Map<String, LocalVar> first = null;
                for (Pattern alt : o.alternatives()) {
                    Scope s = new Scope(scope);
                    orBindings = first;
                    bindPattern(alt, t, s, true);
                    if (first == null) {
                        first = new java.util.LinkedHashMap<>(s.vars);
                    } else if (!s.vars.keySet().equals(first.keySet())) {
                        body.error(alt.pos(), "every alternative of `|` must bind the same names: " + new java.util.TreeSet<>(first.keySet())
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
                return;
            }
            body.error(v.pos(), "cannot find variant `" + String.join("::", v.path()) + "`");
            return;
        }
        if (!refutable && decl.variants().size() > 1) body.error(v.pos(), "refutable pattern in a binding: use `match`");
        typing.resolutions.put(v, new Resolution.Variant(decl, idx));
        Map<String, Type> inst = new HashMap<>();
        for (String tp : decl.typeParams()) inst.put(tp, unifier.fresh());
        Type self = new Type.Named(decl.name(), decl.typeParams().stream().map(inst::get).toList());
        if (!unifier.unify(t, self)) {
            body.mismatch(v.pos(), t, self);
            return;
        }
        List<Type> fields = decl.variants().get(idx).fields();
        int given = v.args() == null ? 0 : v.args().size();
        if (given != fields.size()) {
            body.error(v.pos(), "variant `" + last + "` has " + fields.size() + " field(s), the pattern gives " + given);
            return;
        }
        for (int i = 0; i < given; i++) bindPattern(v.args().get(i), Unifier.substitute(fields.get(i), inst), scope, refutable);
    }
}
