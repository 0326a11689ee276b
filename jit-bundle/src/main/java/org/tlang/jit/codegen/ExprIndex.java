package org.tlang.jit.codegen;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tlang.tir.TExpr;
import org.tlang.tir.TFunction;

/**
 * Every expression of a function, closures' bodies included, in one fixed order (depth first, as
 * {@link Tir#children} lists them): the same TIR gives the same numbering in another process, which
 * is how a class compiled ahead of time names the expressions its constants come from.
 */
public final class ExprIndex {
    private final List<TExpr> order = new ArrayList<>();
    private final Map<TExpr, Integer> places = new IdentityHashMap<>();

    public ExprIndex(TFunction fn) {
        walk(fn.body());
    }

    private void walk(TExpr e) {
        places.putIfAbsent(e, order.size());
        order.add(e);
        if (e instanceof TExpr.Closure c) walk(c.function().body());
        for (TExpr child : Tir.children(e)) walk(child);
    }

    /** The place of {@code e}, or -1 when it is not in the function. */
    public int placeOf(TExpr e) {
        Integer i = places.get(e);
        return i == null ? -1 : i;
    }

    /** How many expressions the function has. */
    public int size() {
        return order.size();
    }

    /** The expression at {@code place}, or null. */
    public TExpr at(int place) {
        return place >= 0 && place < order.size() ? order.get(place) : null;
    }
}
