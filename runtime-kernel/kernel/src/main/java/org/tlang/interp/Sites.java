package org.tlang.interp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.tlang.tir.TExpr;
import org.tlang.tir.TFunction;
import org.tlang.tir.TLocal;

/** The {@link Site} of a function: its parameters, then every `let` of its body (not of its closures, which are sites of their own). */
final class Sites {
    private Sites() {}

    static Site of(TFunction fn) {
        List<Site.Local> locals = new ArrayList<>();
        for (TLocal p : fn.params()) locals.add(new Site.Local(p, fn.pos(), true));
        lets(fn.body(), locals, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        return new Site(fn.qualifiedName(), fn.file(), locals);
    }

    /** Every local the body names, first seen at the expression that declares it (a `let`, a `for`, a pattern): the walk goes in source order. */
    private static void lets(Object o, List<Site.Local> out, Set<Object> seen) {
        walk(o, null, out, seen);
    }

    private static void walk(Object o, org.tlang.tir.Pos at, List<Site.Local> out, Set<Object> seen) {
        if (o == null || o instanceof TFunction) return;
        if (o instanceof TLocal l) {
            if (at != null && out.stream().noneMatch(x -> x.local().index() == l.index() && x.local().name().equals(l.name()))) out.add(new Site.Local(l, at, false));
            return;
        }
        if (o instanceof List<?> list) {
            for (Object x : list) walk(x, at, out, seen);
            return;
        }
        if (!(o instanceof Record r) || !(o instanceof TExpr || o instanceof org.tlang.tir.TPattern || o instanceof TExpr.Arm)) return;
        if (!seen.add(o)) return;
        if (o instanceof TExpr e) at = e.pos();
        if (o instanceof TExpr.Closure) return; // its locals are its own, and its captures are the enclosing function's
        for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                walk(c.getAccessor().invoke(r), at, out, seen);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
