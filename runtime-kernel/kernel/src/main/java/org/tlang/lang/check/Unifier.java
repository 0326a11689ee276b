package org.tlang.lang.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tlang.tir.Type;

/**
 * Inference variables and unification for one compilation.
 *
 * <p>A type with no unbound variable stays so (a variable is bound once), so its resolved form is
 * remembered: resolving it again, or the occurs check looking into it, is one look-up. Without
 * that, each node of a deeply nested expression would walk the whole type below it (quadratic).
 */
public final class Unifier {
    private int nextVar;
    /** Types known to hold no unbound variable, each to its resolved form (itself among them). */
    private final Map<Type, Type> ground = new IdentityHashMap<>();

    public Type.Var fresh() {
        return new Type.Var(nextVar++);
    }

    /** Follows bound variables at the top of {@code t}. */
    public static Type prune(Type t) {
        while (t instanceof Type.Var v && v.binding() != null) t = v.binding();
        return t;
    }

    /** {@code t} with every bound variable replaced by its binding; unbound ones stay. For one type (a message). */
    public static Type resolve(Type t) {
        return new Unifier().resolved(t);
    }

    /** {@link #resolve}, remembering the result when it is ground; shares the parts resolving leaves unchanged. */
    public Type resolved(Type t) {
        t = prune(t);
        Type known = ground.get(t);
        if (known != null) return known;
        Type r = switch (t) {
            case Type.Named n -> {
                List<Type> args = resolvedAll(n.args());
                yield same(args, n.args()) ? n : new Type.Named(n.name(), args);
            }
            case Type.Tuple tu -> {
                List<Type> items = resolvedAll(tu.items());
                yield same(items, tu.items()) ? tu : new Type.Tuple(items);
            }
            case Type.Fn f -> {
                List<Type> params = resolvedAll(f.params());
                Type result = resolved(f.result());
                yield same(params, f.params()) && result == f.result() ? f : new Type.Fn(params, result);
            }
            default -> t;
        };
        if (isGroundNode(r)) {
            ground.put(t, r);
            ground.put(r, r);
        }
        return r;
    }

    /** True if {@code t} holds no unbound variable once resolved. */
    public boolean isGround(Type t) {
        return isGroundNode(resolved(t));
    }

    private List<Type> resolvedAll(List<Type> ts) {
        List<Type> out = new ArrayList<>(ts.size());
        for (Type t : ts) out.add(resolved(t));
        return out;
    }

    /** Element by element, by identity: whether resolving changed none of the parts. */
    private static boolean same(List<Type> after, List<Type> before) {
        for (int i = 0; i < before.size(); i++) if (before.get(i) != after.get(i)) return false;
        return true;
    }

    /** Whether a resolved type is ground, given that its resolved parts are already known. */
    private boolean isGroundNode(Type r) {
        return switch (r) {
            case Type.Prim p -> true;
            case Type.Param p -> true;
            case Type.Var v -> false;
            case Type.Named n -> n.args().stream().allMatch(this::isKnownGround);
            case Type.Tuple tu -> tu.items().stream().allMatch(this::isKnownGround);
            case Type.Fn f -> f.params().stream().allMatch(this::isKnownGround) && isKnownGround(f.result());
        };
    }

    private boolean isKnownGround(Type part) {
        return part instanceof Type.Prim || part instanceof Type.Param || ground.containsKey(part);
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

    private boolean occurs(Type.Var v, Type t) {
        t = prune(t);
        if (t == v) return true;
        if (isGround(t)) return false;
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
