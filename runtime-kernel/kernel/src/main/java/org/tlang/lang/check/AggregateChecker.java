package org.tlang.lang.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tlang.lang.syntax.Expr;
import org.tlang.tir.TStruct;
import org.tlang.tir.Type;

/** Tuples, vectors, maps and structs: their literals, fields and indexing. */
final class AggregateChecker {
    private final BodyChecker body;
    private final Unifier unifier;
    private final Typing typing;
    private final Map<String, String> aliases;

    AggregateChecker(BodyChecker body) {
        this.body = body;
        this.unifier = body.unifier;
        this.typing = body.typing;
        this.aliases = body.aliases;
    }

    Type inferTuple(Expr.Tuple t, Scope scope) {
        List<Type> items = new ArrayList<>();
        for (Expr i : t.items()) items.add(body.infer(i, scope, null));
        return new Type.Tuple(items);
    }

    Type inferVecLit(Expr.VecLit v, Scope scope, Type expected) {
        Type elem = unifier.fresh();
        if (expected != null && Unifier.prune(expected) instanceof Type.Named n && n.name().equals("Set")) {
            for (Expr i : v.items()) body.expect(i, n.arg(0), scope);
            return n;
        }
        for (Expr i : v.items()) body.expect(i, elem, scope);
        return Type.vec(elem);
    }

    Type inferMapLit(Expr.MapLit m, Scope scope) {
        Type k = unifier.fresh();
        Type val = unifier.fresh();
        for (int i = 0; i < m.keys().size(); i++) {
            body.expect(m.keys().get(i), k, scope);
            body.expect(m.values().get(i), val, scope);
        }
        return Type.Named.of("Map", k, val);
    }

    Type structFieldType(Type.Named rn, String field) {
        String mod = rn.name().substring(0, rn.name().lastIndexOf('.'));
        ModuleInterface mi = body.moduleNamed(mod);
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
                && aliases.containsKey(rn.last()) && body.scope(rn.last()) == null) {
            Type t = body.names.qualifiedName(f, List.of(rn.last()), f.name());
            body.record(f.target(), Type.UNIT);
            return t;
        }
        Type recv = Unifier.prune(body.infer(f.target(), scope, null));
        if (recv == Type.Prim.ERROR) return recv;
        if (recv instanceof Type.Tuple tt) {
            int idx;
            try {
                idx = Integer.parseInt(f.name());
            } catch (NumberFormatException e) {
                idx = -1;
            }
            if (idx < 0 || idx >= tt.items().size()) {
                body.error(f.pos(), "no field `" + f.name() + "` on type " + Unifier.resolve(recv));
                return Type.Prim.ERROR;
            }
            typing.resolutions.put(f, new Resolution.TupleField(idx));
            return tt.items().get(idx);
        }
        if (recv instanceof Type.Named rn && rn.name().contains(".")) {
            String mod = rn.name().substring(0, rn.name().lastIndexOf('.'));
            ModuleInterface mi = body.moduleNamed(mod);
            if (mi != null && mi.item(rn.simpleName()) instanceof Symbol.Struct st) {
                int idx = st.decl().fieldIndex(f.name());
                if (idx >= 0) {
                    typing.resolutions.put(f, new Resolution.StructField(st.decl(), idx));
                    return structFieldType(rn, f.name());
                }
            }
        }
        if (recv instanceof Type.Var) {
            body.error(f.target().pos(), "type annotations needed: the type of this value must be known to access `." + f.name() + "`");
            return Type.Prim.ERROR;
        }
        body.error(f.pos(), "no field `" + f.name() + "` on type " + Unifier.resolve(recv));
        return Type.Prim.ERROR;
    }

    Type inferIndex(Expr.Index ix, Scope scope) {
        Type t = Unifier.prune(body.infer(ix.target(), scope, null));
        if (t instanceof Type.Named n && n.name().equals("Vec")) {
            body.expect(ix.index(), Type.INT, scope);
            return n.arg(0);
        }
        if (t == Type.Prim.BYTES) {
            body.expect(ix.index(), Type.INT, scope);
            return Type.INT;
        }
        if (t instanceof Type.Named n && n.name().equals("Map")) {
            body.expect(ix.index(), n.arg(0), scope);
            return n.arg(1);
        }
        body.infer(ix.index(), scope, null);
        if (t != Type.Prim.ERROR) body.error(ix.pos(), "cannot index a value of type " + Unifier.resolve(t));
        return Type.Prim.ERROR;
    }

    /** Why a native type has no literal or struct pattern. */
    static String nativeTypeMade(Symbol.Struct st) {
        String name = st.decl().name();
        int dot = name.lastIndexOf('.');
        return "`" + name.substring(dot + 1) + "` is a native type: its values come from the functions of " + name.substring(0, dot)
                + ", not from a literal or a struct pattern";
    }

    Type inferStructLit(Expr.StructLit s, Scope scope) {
        Symbol sym;
        if (s.path().size() == 1) {
            sym = body.scope(s.path().getFirst());
        } else {
            String alias = String.join(".", s.path().subList(0, s.path().size() - 1));
            ModuleInterface mi = body.moduleNamed(aliases.getOrDefault(alias, alias));
            sym = mi == null ? null : mi.item(s.path().getLast());
            if (sym != null && !sym.pub()) body.error(s.pos(), "`" + s.path().getLast() + "` is private");
        }
        if (!(sym instanceof Symbol.Struct st)) {
            body.error(s.pos(), "cannot find struct `" + String.join("::", s.path()) + "`");
            for (Expr.FieldInit f : s.fields()) body.infer(f.value(), scope, null);
            return Type.Prim.ERROR;
        }
        TStruct decl = st.decl();
        if (st.nativeType()) {
            body.error(s.pos(), nativeTypeMade(st));
            for (Expr.FieldInit f : s.fields()) body.infer(f.value(), scope, null);
            return Type.Prim.ERROR;
        }
        body.noteUse(decl.name().substring(0, decl.name().lastIndexOf('.')), st);
        Map<String, Type> inst = new HashMap<>();
        for (String p : decl.typeParams()) inst.put(p, unifier.fresh());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Expr.FieldInit f : s.fields()) {
            int idx = decl.fieldIndex(f.name());
            if (idx < 0) {
                body.error(f.pos(), "struct " + decl.name().substring(decl.name().lastIndexOf('.') + 1) + " has no field `" + f.name() + "`");
                body.infer(f.value(), scope, null);
                continue;
            }
            if (!seen.add(f.name())) body.error(f.pos(), "field `" + f.name() + "` is given twice");
            body.expect(f.value(), Unifier.substitute(decl.fieldTypes().get(idx), inst), scope);
        }
        for (String fn : decl.fieldNames()) {
            if (!seen.contains(fn)) body.error(s.pos(), "missing field `" + fn + "` in struct literal");
        }
        typing.resolutions.put(s, new Resolution.StructField(decl, -1));
        return new Type.Named(decl.name(), decl.typeParams().stream().map(inst::get).toList());
    }
}
