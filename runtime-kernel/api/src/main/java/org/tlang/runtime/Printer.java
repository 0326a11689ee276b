package org.tlang.runtime;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/** The printed forms of T values. */
public final class Printer {
    private Printer() {}

    /** The top-level printed form: a Str prints bare. */
    public static String show(Object v) {
        if (v instanceof String s) return s;
        StringBuilder sb = new StringBuilder();
        append(sb, v);
        return sb.toString();
    }

    /** Appends one `{}` part of a string literal: a Str bare, anything else in its printed form. */
    public static StringBuilder appendPart(StringBuilder sb, Object v) {
        if (v instanceof String s) sb.append(s);
        else append(sb, v);
        return sb;
    }

    /** The panic message of an index outside a Vec's or Bytes' length. */
    public static String indexOutOfBounds(long len, long index) {
        return "index out of bounds: the len is " + len + " but the index is " + index;
    }

    /** The panic message of `map[key]` for a key the map does not hold. */
    public static String keyNotFound(Object key) {
        return "key not found: " + show(key instanceof String s ? "\"" + s + "\"" : key);
    }

    public static String showFloat(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        double abs = Math.abs(d);
        String shortest = Double.toString(d);
        if (abs >= 1e21 || abs < 1e-6) {
            int e = shortest.indexOf('E');
            String mantissa = e < 0 ? shortest : shortest.substring(0, e);
            String exp = e < 0 ? "0" : shortest.substring(e + 1);
            if (mantissa.endsWith(".0")) mantissa = mantissa.substring(0, mantissa.length() - 2);
            return mantissa + "e" + exp;
        }
        String plain = new BigDecimal(shortest).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** The debug form of any value: a Str quoted, as inside a Vec (assertion messages, `unwrap` on an Err). */
    public static String debug(Object v) {
        StringBuilder sb = new StringBuilder();
        append(sb, v);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object v) {
        switch (v) {
            case null -> sb.append("()");
            case String s -> quote(sb, s);
            case Double d -> sb.append(showFloat(d));
            case Long l -> sb.append(l.longValue());
            case Boolean b -> sb.append(b.booleanValue());
            case Unit u -> sb.append("()");
            case Tuple t -> {
                sb.append('(');
                for (int i = 0; i < t.items.length; i++) {
                    if (i > 0) sb.append(", ");
                    append(sb, t.items[i]);
                }
                if (t.items.length == 1) sb.append(',');
                sb.append(')');
            }
            case StructValue s -> {
                sb.append(s.shape.simpleName());
                if (s.size() == 0) return;
                sb.append(" { ");
                for (int i = 0; i < s.size(); i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(s.shape.fieldNames().get(i)).append(": ");
                    append(sb, s.get(i));
                }
                sb.append(" }");
            }
            case EnumValue e -> {
                sb.append(e.variantName());
                if (e.arity() == 0) return;
                sb.append('(');
                for (int i = 0; i < e.arity(); i++) {
                    if (i > 0) sb.append(", ");
                    append(sb, e.field(i));
                }
                sb.append(')');
            }
            case Map<?, ?> m -> {
                if (m.isEmpty()) {
                    sb.append("[:]");
                    return;
                }
                sb.append('[');
                boolean first = true;
                for (Map.Entry<?, ?> en : m.entrySet()) {
                    if (!first) sb.append(", ");
                    first = false;
                    append(sb, en.getKey());
                    sb.append(": ");
                    append(sb, en.getValue());
                }
                sb.append(']');
            }
            case Collection<?> c -> {
                sb.append(c instanceof java.util.Set ? "{" : "[");
                Iterator<?> it = c.iterator();
                while (it.hasNext()) {
                    append(sb, it.next());
                    if (it.hasNext()) sb.append(", ");
                }
                sb.append(c instanceof java.util.Set ? "}" : "]");
            }
            case FnValue f -> sb.append("<fn>");
            case java.lang.foreign.MemorySegment p -> sb.append("Ptr(0x").append(Long.toHexString(p.address())).append(')');
            case Bytes b -> {
                sb.append('[');
                for (int i = 0; i < b.length(); i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(b.get(i));
                }
                sb.append(']');
            }
            case org.tlang.spi.scheduler.Task<?> t -> sb.append("<task>");
            case Channel.Sender snd -> sb.append("<sender>");
            case Channel.Receiver rcv -> sb.append("<receiver>");
            default -> sb.append(v);
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\0' -> sb.append("\\0");
                default -> sb.append(c);
            }
        }
        sb.append('"');
    }
}
