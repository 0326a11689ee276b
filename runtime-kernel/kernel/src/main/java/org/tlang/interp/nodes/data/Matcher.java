package org.tlang.interp.nodes.data;

import java.util.List;
import java.util.Objects;
import org.tlang.runtime.Box;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Slots;
import org.tlang.runtime.StructValue;
import org.tlang.runtime.Tuple;
import org.tlang.tir.TLocal;
import org.tlang.tir.TPattern;
import org.tlang.tir.Type;

/** A compiled pattern: tests a value and, when it matches, binds the pattern's locals. */
public interface Matcher {
    boolean match(Frame f, Object v);

    static Matcher of(TPattern p) {
        return switch (p) {
            case TPattern.Wildcard w -> (f, v) -> true;
            case TPattern.Bind b -> bind(b.local());
            case TPattern.Literal l -> {
                Object lit = l.value();
                yield (f, v) -> Objects.equals(lit, v);
            }
            case TPattern.Range r -> {
                Object from = r.from();
                Object to = r.to();
                boolean inclusive = r.inclusive();
                if (from instanceof Long lo) {
                    long a = lo;
                    long b = (Long) to;
                    yield (f, v) -> {
                        long x = (Long) v;
                        return x >= a && (inclusive ? x <= b : x < b);
                    };
                }
                double a = (Double) from;
                double b = (Double) to;
                yield (f, v) -> {
                    double x = (Double) v;
                    return x >= a && (inclusive ? x <= b : x < b);
                };
            }
            case TPattern.Tuple t -> {
                Matcher[] items = all(t.items());
                yield (f, v) -> {
                    Tuple tu = (Tuple) v;
                    for (int i = 0; i < items.length; i++) if (!items[i].match(f, tu.get(i))) return false;
                    return true;
                };
            }
            case TPattern.Variant vp -> {
                int index = vp.index();
                Matcher[] args = all(vp.args());
                yield (f, v) -> {
                    EnumValue e = (EnumValue) v;
                    if (e.variant() != index) return false;
                    for (int i = 0; i < args.length; i++) if (!args[i].match(f, e.field(i))) return false;
                    return true;
                };
            }
            case TPattern.Struct sp -> {
                int[] idx = sp.fieldIndexes().stream().mapToInt(Integer::intValue).toArray();
                Matcher[] fields = all(sp.fields());
                yield (f, v) -> {
                    StructValue s = (StructValue) v;
                    for (int i = 0; i < fields.length; i++) if (!fields[i].match(f, s.get(idx[i]))) return false;
                    return true;
                };
            }
            case TPattern.Or o -> {
                Matcher[] alts = all(o.alternatives());
                yield (f, v) -> {
                    for (Matcher m : alts) if (m.match(f, v)) return true;
                    return false;
                };
            }
        };
    }

    private static Matcher[] all(List<TPattern> ps) {
        return ps.stream().map(Matcher::of).toArray(Matcher[]::new);
    }

    private static Matcher bind(TLocal local) {
        int slot = local.index();
        if (local.boxed()) {
            return (f, v) -> {
                f.refs[slot] = new Box(v);
                return true;
            };
        }
        Type.Kind kind = local.type().kind();
        return (f, v) -> {
            Slots.store(f, slot, kind, v);
            return true;
        };
    }
}
