package org.tlang.wasm.compile;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Consumer;
import org.tlang.tir.TExpr;

/** Visits every expression of a TIR tree, parents before children. */
final class Reach {
    private Reach() {}

    static void each(TExpr e, Consumer<TExpr> visit) {
        if (e == null) return;
        visit.accept(e);
        if (e instanceof TExpr.Closure) return; // its body is its own function
        for (RecordComponent c : e.getClass().getRecordComponents()) {
            Object v = value(c, e);
            if (v instanceof TExpr child) each(child, visit);
            else if (v instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof TExpr child) each(child, visit);
                    else if (item instanceof TExpr.Arm arm) {
                        each(arm.guard(), visit);
                        each(arm.body(), visit);
                    }
                }
            }
        }
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
