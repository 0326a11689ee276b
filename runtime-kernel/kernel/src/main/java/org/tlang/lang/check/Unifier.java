package org.tlang.lang.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tlang.tir.Type;

/** Inference variables and unification for one compilation. */
public final class Unifier {
    private int nextVar;

    public Type.Var fresh() {
        return new Type.Var(nextVar++);
    }

    /** Follows bound variables at the top of {@code t}. */
    public static Type prune(Type t) {
        while (t instanceof Type.Var v && v.binding() != null) t = v.binding();
        return t;
    }

    /** {@code t} with every bound variable replaced by its binding; unbound ones stay. */
    public static Type resolve(Type t) {
        t = prune(t);
        return switch (t) {
            case Type.Named n -> n.args().isEmpty() ? n : new Type.Named(n.name(), n.args().stream().map(Unifier::resolve).toList());
            case Type.Tuple tu -> new Type.Tuple(tu.items().stream().map(Unifier::resolve).toList());
            case Type.Fn f -> new Type.Fn(f.params().stream().map(Unifier::resolve).toList(), resolve(f.result()));
            default -> t;
        };
    }

    public static Type substitute(Type t, Map<String, Type> params) {
        if (params.isEmpty()) return t;
        t = prune(t);
        return switch (t) {
            case Type.Param p -> params.getOrDefault(p.name(), p);
            case Type.Named n -> new Type.Named(n.name(), n.args().stream().map(a -> substitute(a, params)).toList());
            case Type.Tuple tu -> new Type.Tuple(tu.items().stream().map(a -> substitute(a, params)).toList());
            case Type.Fn f -> new Type.Fn(f.params().stream().map(a -> substitute(a, params)).toList(), substitute(f.result(), params));
            default -> t;
        };
    }

    /** Makes a and b equal if possible; returns false (binding nothing more) if they cannot be. */
    public boolean unify(Type a, Type b) {
        a = prune(a);
        b = prune(b);
        if (a == b) return true;
        if (a instanceof Type.Var va) {
            if (occurs(va, b)) return false;
            va.bind(b);
            return true;
        }
        if (b instanceof Type.Var vb) {
            if (occurs(vb, a)) return false;
            vb.bind(a);
            return true;
        }
        if (a == Type.Prim.ERROR || b == Type.Prim.ERROR) return true;
        if (a == Type.NEVER || b == Type.NEVER) return true;
        if (a instanceof Type.Named na && b instanceof Type.Named nb) {
            return na.name().equals(nb.name()) && na.args().size() == nb.args().size() && unifyAll(na.args(), nb.args());
        }
        if (a instanceof Type.Tuple ta && b instanceof Type.Tuple tb) {
            return ta.items().size() == tb.items().size() && unifyAll(ta.items(), tb.items());
        }
        if (a instanceof Type.Fn fa && b instanceof Type.Fn fb) {
            return fa.params().size() == fb.params().size() && unifyAll(fa.params(), fb.params()) && unify(fa.result(), fb.result());
        }
        if (a instanceof Type.Param pa && b instanceof Type.Param pb) return pa.name().equals(pb.name());
        return a.equals(b);
    }

    private boolean unifyAll(List<Type> as, List<Type> bs) {
        boolean ok = true;
        for (int i = 0; i < as.size(); i++) ok &= unify(as.get(i), bs.get(i));
        return ok;
    }

    private static boolean occurs(Type.Var v, Type t) {
        t = prune(t);
        if (t == v) return true;
        return switch (t) {
            case Type.Named n -> n.args().stream().anyMatch(a -> occurs(v, a));
            case Type.Tuple tu -> tu.items().stream().anyMatch(a -> occurs(v, a));
            case Type.Fn f -> f.params().stream().anyMatch(a -> occurs(v, a)) || occurs(v, f.result());
            default -> false;
        };
    }

    /** Replaces the named type parameters with fresh variables. */
    public Type instantiate(Type t, List<String> typeParams, Map<String, Type> into) {
        for (String p : typeParams) into.computeIfAbsent(p, k -> fresh());
        return substitute(t, into);
    }

    public List<Type> freshList(int n) {
        List<Type> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(fresh());
        return out;
    }
}
