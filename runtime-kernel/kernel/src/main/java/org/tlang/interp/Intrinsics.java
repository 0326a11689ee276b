package org.tlang.interp;

import org.tlang.interp.nodes.DoubleNode;
import org.tlang.interp.nodes.LongNode;
import org.tlang.interp.nodes.Node;
import org.tlang.interp.nodes.data.Join;
import org.tlang.interp.nodes.data.VecIndex;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Printer;
import org.tlang.runtime.ProgramIo;
import org.tlang.runtime.Values;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.Unit;
import org.tlang.runtime.BoxedCall;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.Tuple;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.Channel;
import org.tlang.runtime.Frame;
import org.tlang.runtime.Vec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tlang.tir.Pos;
import org.tlang.tir.Type;

/** The built-in functions and methods of the prelude, by intrinsic name. */
final class Intrinsics {
    private static final Pattern FLOAT_SYNTAX =
            Pattern.compile("[+-]?((\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|inf|infinity|NaN|nan)");

    private final Host host;

    Intrinsics(Host host) {
        this.host = host;
    }

    /** An intrinsic over boxed arguments; may panic at the node's position. */
    interface Impl {
        Object apply(Node self, Object[] a);
    }

    static final class Generic extends Node implements BoxedCall {
        final Node[] args;
        final Impl impl;

        Generic(Node[] args, Impl impl, Pos pos) {
            super(pos);
            this.args = args;
            this.impl = impl;
        }

        @Override
        public Object execute(Frame f) {
            return apply(executeAll(args, f));
        }

        @Override
        public Object apply(Object[] values) {
            try {
                return impl.apply(this, values);
            } catch (PanicException p) {
                p.atIfUnknown(pos);
                throw p;
            }
        }
    }

    static final class FloatMath extends DoubleNode {
        final Node arg;
        final String op;

        FloatMath(Node arg, String op, Pos pos) {
            super(pos);
            this.arg = arg;
            this.op = op;
        }

        @Override
        public double executeDouble(Frame f) {
            double d = arg.executeDouble(f);
            return switch (op) {
                case "sqrt" -> Math.sqrt(d);
                case "abs" -> Math.abs(d);
                case "floor" -> Math.floor(d);
                case "ceil" -> Math.ceil(d);
                case "round" -> d < 0 ? -Math.floor(-d + 0.5) : Math.floor(d + 0.5);
                case "sin" -> Math.sin(d);
                case "cos" -> Math.cos(d);
                case "exp" -> Math.exp(d);
                case "ln" -> Math.log(d);
                default -> throw new IllegalStateException(op);
            };
        }
    }

    static final class VecLen extends LongNode {
        final Node vec;

        VecLen(Node vec, Pos pos) {
            super(pos);
            this.vec = vec;
        }

        @Override
        public long executeLong(Frame f) {
            Object v = vec.execute(f);
            return v instanceof Map<?, ?> m ? m.size() : ((Collection<?>) v).size();
        }
    }

    static final class VecPush extends Node {
        final Node vec;
        final Node value;

        VecPush(Node vec, Node value, Pos pos) {
            super(pos);
            this.vec = vec;
            this.value = value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object execute(Frame f) {
            ((Vec) vec.execute(f)).add(value.execute(f));
            return Unit.VALUE;
        }
    }

    Node compile(String name, Node[] args, Type type, Pos pos) {
        switch (name) {
            case "Float.sqrt", "Float.abs", "Float.floor", "Float.ceil", "Float.round", "Float.sin", "Float.cos", "Float.exp", "Float.ln":
                return new FloatMath(args[0], name.substring(6), pos);
            case "Vec.len", "Set.len", "Map.len":
                return new VecLen(args[0], pos);
            case "Vec.push":
                return new VecPush(args[0], args[1], pos);
            case "Task.join":
                return new Join(args[0], pos);
            default:
                return new Generic(args, impl(name), pos);
        }
    }

    private static long l(Object o) {
        return (Long) o;
    }

    private static double d(Object o) {
        return (Double) o;
    }

    private static String s(Object o) {
        return (String) o;
    }

    private static Vec vec(Object o) {
        return (Vec) o;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> map(Object o) {
        return (Map<Object, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashSet<Object> set(Object o) {
        return (LinkedHashSet<Object>) o;
    }

    private static FnValue fn(Object o) {
        return (FnValue) o;
    }

    private static EnumValue en(Object o) {
        return (EnumValue) o;
    }

    private static int charCount(String s) {
        return s.codePointCount(0, s.length());
    }

    private static int charOffset(Node self, String s, long index) {
        int n = charCount(s);
        if (index < 0 || index > n) throw self.panic(Printer.indexOutOfBounds(n, index));
        return s.offsetByCodePoints(0, (int) index);
    }

    private static String pad(Node self, String s, long width, String ch, boolean left) {
        if (charCount(ch) != 1) throw self.panic("pad character must be a single character, found " + Printer.debug(ch));
        int n = charCount(s);
        if (n >= width) return s;
        String padding = ch.repeat((int) (width - n));
        return left ? padding + s : s + padding;
    }

    private static List<Object> split(String s, String sep) {
        Vec out = new Vec();
        if (sep.isEmpty()) {
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        int start = 0;
        while (true) {
            int i = s.indexOf(sep, start);
            if (i < 0) {
                out.add(s.substring(start));
                return out;
            }
            out.add(s.substring(start, i));
            start = i + sep.length();
        }
    }

    private static Object print(java.io.PrintStream stream, Object v, boolean newline) {
        ProgramIo.print(stream, Printer.show(v), newline);
        return Unit.VALUE;
    }

    private Impl impl(String name) {
        return switch (name) {
            // ---- prelude
            case "print" -> (n, a) -> print(host.io().out(), a[0], false);
            case "println" -> (n, a) -> print(host.io().out(), a[0], true);
            case "eprint" -> (n, a) -> print(host.io().err(), a[0], false);
            case "eprintln" -> (n, a) -> print(host.io().err(), a[0], true);
            case "panic" -> (n, a) -> {
                throw n.panic(s(a[0]));
            };
            case "assert" -> (n, a) -> {
                if (!(Boolean) a[0]) throw n.panic(a.length > 1 ? s(a[1]) : "assertion failed");
                return Unit.VALUE;
            };
            case "assert_eq" -> (n, a) -> {
                if (!java.util.Objects.equals(a[0], a[1])) {
                    throw n.panic("assertion `left == right` failed\n  left: " + Printer.debug(a[0]) + "\n right: " + Printer.debug(a[1]));
                }
                return Unit.VALUE;
            };
            case "spawn" -> (n, a) -> {
                FnValue f = fn(a[0]);
                return host.spawn(() -> f.call(new Object[0]));
            };
            case "sleep" -> (n, a) -> {
                try {
                    Thread.sleep(Math.max(0, l(a[0])));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw n.panic("interrupted");
                }
                return Unit.VALUE;
            };
            case "now_ms" -> (n, a) -> System.currentTimeMillis();
            case "now_ns" -> (n, a) -> System.nanoTime();
            case "chan" -> (n, a) -> {
                Channel c = new Channel((int) Math.min(Integer.MAX_VALUE, Math.max(1, l(a[0]))));
                return new Tuple(new Object[] {new Channel.Sender(c), new Channel.Receiver(c)});
            };
            case "Vec::new" -> (n, a) -> new Vec();
            case "Vec::with" -> (n, a) -> {
                if (l(a[0]) < 0) throw n.panic("Vec::with: negative length " + l(a[0]));
                return Vec.filled((int) l(a[0]), a[1]);
            };
            case "Map::new" -> (n, a) -> new LinkedHashMap<>();
            case "Set::new" -> (n, a) -> new LinkedHashSet<>();
            // ---- Int
            case "Int.abs" -> (n, a) -> {
                if (l(a[0]) == Long.MIN_VALUE) throw n.panic("integer overflow");
                return Math.abs(l(a[0]));
            };
            case "Int.min" -> (n, a) -> Math.min(l(a[0]), l(a[1]));
            case "Int.max" -> (n, a) -> Math.max(l(a[0]), l(a[1]));
            case "Int.pow" -> (n, a) -> {
                long base = l(a[0]);
                long exp = l(a[1]);
                if (exp < 0) throw n.panic("negative exponent " + exp);
                long r = 1;
                try {
                    for (long i = 0; i < exp; i++) {
                        r = Math.multiplyExact(r, base);
                        if (r == 0 || r == 1 && base == 1) break;
                    }
                } catch (ArithmeticException e) {
                    throw n.panic("integer overflow");
                }
                return r;
            };
            case "Int.to_str", "Float.to_str", "Bool.to_str", "Str.to_str" -> (n, a) -> Printer.show(a[0]);
            case "Int.to_float" -> (n, a) -> (double) l(a[0]);
            case "Int.wrapping_add" -> (n, a) -> l(a[0]) + l(a[1]);
            case "Int.wrapping_sub" -> (n, a) -> l(a[0]) - l(a[1]);
            case "Int.wrapping_mul" -> (n, a) -> l(a[0]) * l(a[1]);
            // ---- Float
            case "Float.pow" -> (n, a) -> Math.pow(d(a[0]), d(a[1]));
            case "Float.min" -> (n, a) -> Math.min(d(a[0]), d(a[1]));
            case "Float.max" -> (n, a) -> Math.max(d(a[0]), d(a[1]));
            case "Float.is_nan" -> (n, a) -> Double.isNaN(d(a[0]));
            case "Float.fixed" -> (n, a) -> {
                double x = d(a[0]);
                if (Double.isNaN(x) || Double.isInfinite(x)) return Printer.showFloat(x);
                if (l(a[1]) < 0) throw n.panic("fixed: negative digit count");
                return new BigDecimal(x).setScale((int) l(a[1]), RoundingMode.HALF_EVEN).toPlainString();
            };
            // ---- Str
            case "Str.len" -> (n, a) -> (long) charCount(s(a[0]));
            case "Str.is_empty" -> (n, a) -> s(a[0]).isEmpty();
            case "Str.contains" -> (n, a) -> s(a[0]).contains(s(a[1]));
            case "Str.starts_with" -> (n, a) -> s(a[0]).startsWith(s(a[1]));
            case "Str.ends_with" -> (n, a) -> s(a[0]).endsWith(s(a[1]));
            case "Str.find" -> (n, a) -> {
                int i = s(a[0]).indexOf(s(a[1]));
                return i < 0 ? EnumValue.NONE : EnumValue.some((long) s(a[0]).codePointCount(0, i));
            };
            case "Str.replace" -> (n, a) -> s(a[0]).replace(s(a[1]), s(a[2]));
            case "Str.split" -> (n, a) -> split(s(a[0]), s(a[1]));
            case "Str.trim" -> (n, a) -> s(a[0]).strip();
            case "Str.to_upper" -> (n, a) -> s(a[0]).toUpperCase(java.util.Locale.ROOT);
            case "Str.to_lower" -> (n, a) -> s(a[0]).toLowerCase(java.util.Locale.ROOT);
            case "Str.substring" -> (n, a) -> {
                String str = s(a[0]);
                int from = charOffset(n, str, l(a[1]));
                int to = charOffset(n, str, l(a[2]));
                if (from > to) throw n.panic("substring: start " + l(a[1]) + " is after end " + l(a[2]));
                return str.substring(from, to);
            };
            case "Str.chars" -> (n, a) -> split(s(a[0]), "");
            case "Str.parse_int" -> (n, a) -> {
                try {
                    return EnumValue.some(Long.parseLong(s(a[0])));
                } catch (NumberFormatException e) {
                    return EnumValue.NONE;
                }
            };
            case "Str.parse_float" -> (n, a) -> {
                String str = s(a[0]);
                if (!FLOAT_SYNTAX.matcher(str).matches()) return EnumValue.NONE;
                String lower = str.toLowerCase(java.util.Locale.ROOT);
                if (lower.endsWith("inf") || lower.endsWith("infinity")) {
                    return EnumValue.some(lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                }
                if (lower.endsWith("nan")) return EnumValue.some(Double.NaN);
                return EnumValue.some(Double.parseDouble(str));
            };
            case "Str.repeat" -> (n, a) -> {
                if (l(a[1]) < 0) throw n.panic("repeat: negative count " + l(a[1]));
                return s(a[0]).repeat((int) l(a[1]));
            };
            case "Str.bytes" -> (n, a) -> new Bytes(s(a[0]).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case "Bytes::new" -> (n, a) -> new Bytes(new byte[0]);
            case "Bytes.len" -> (n, a) -> (long) ((Bytes) a[0]).length();
            case "Bytes.is_empty" -> (n, a) -> ((Bytes) a[0]).length() == 0;
            case "Bytes.push" -> (n, a) -> {
                ((Bytes) a[0]).push(l(a[1]));
                return Unit.VALUE;
            };
            case "Bytes.get" -> (n, a) -> {
                Bytes b = (Bytes) a[0];
                long i = l(a[1]);
                return i < 0 || i >= b.length() ? EnumValue.NONE : EnumValue.some((long) b.get((int) i));
            };
            case "Bytes.to_str" -> (n, a) -> ((Bytes) a[0]).decode();
            case "Bytes.to_vec" -> (n, a) -> {
                Bytes b = (Bytes) a[0];
                Vec out = new Vec(b.length());
                for (int i = 0; i < b.length(); i++) out.add((long) b.get(i));
                return out;
            };
            case "Str.pad_left" -> (n, a) -> pad(n, s(a[0]), l(a[1]), s(a[2]), true);
            case "Str.pad_right" -> (n, a) -> pad(n, s(a[0]), l(a[1]), s(a[2]), false);
            // ---- Vec
            case "Vec.is_empty", "Set.is_empty" -> (n, a) -> ((Collection<?>) a[0]).isEmpty();
            case "Map.is_empty" -> (n, a) -> map(a[0]).isEmpty();
            case "Vec.pop" -> (n, a) -> {
                Vec v = vec(a[0]);
                return v.isEmpty() ? EnumValue.NONE : EnumValue.some(v.removeLast());
            };
            case "Vec.get" -> (n, a) -> {
                Vec v = vec(a[0]);
                long i = l(a[1]);
                return i < 0 || i >= v.size() ? EnumValue.NONE : EnumValue.some(v.get((int) i));
            };
            case "Vec.insert" -> (n, a) -> {
                Vec v = vec(a[0]);
                long i = l(a[1]);
                if (i < 0 || i > v.size()) throw n.panic(Printer.indexOutOfBounds(v.size(), i));
                v.add((int) i, a[2]);
                return Unit.VALUE;
            };
            case "Vec.remove" -> (n, a) -> {
                Vec v = vec(a[0]);
                return v.remove(VecIndex.checkIndex(n, v, l(a[1])));
            };
            case "Vec.contains" -> (n, a) -> vec(a[0]).contains(a[1]);
            case "Vec.sort" -> (n, a) -> {
                if (!vec(a[0]).sortPrimitives()) vec(a[0]).sort(Values::compare);
                return Unit.VALUE;
            };
            case "Vec.sort_by" -> (n, a) -> {
                FnValue cmp = fn(a[1]);
                vec(a[0]).sort((x, y) -> Long.signum(l(cmp.call(new Object[] {x, y}))));
                return Unit.VALUE;
            };
            case "Vec.reverse" -> (n, a) -> {
                java.util.Collections.reverse(vec(a[0]));
                return Unit.VALUE;
            };
            case "Vec.map" -> (n, a) -> {
                FnValue f = fn(a[1]);
                Vec v = vec(a[0]);
                Vec out = new Vec(v.size());
                for (int i = 0; i < v.size(); i++) out.add(f.call(new Object[] {v.get(i)}));
                return out;
            };
            case "Vec.filter" -> (n, a) -> {
                FnValue f = fn(a[1]);
                Vec out = new Vec();
                for (Object x : List.copyOf(vec(a[0]))) if ((Boolean) f.call(new Object[] {x})) out.add(x);
                return out;
            };
            case "Vec.fold" -> (n, a) -> {
                FnValue f = fn(a[2]);
                Object acc = a[1];
                for (Object x : List.copyOf(vec(a[0]))) acc = f.call(new Object[] {acc, x});
                return acc;
            };
            case "Vec.any" -> (n, a) -> {
                FnValue f = fn(a[1]);
                for (Object x : List.copyOf(vec(a[0]))) if ((Boolean) f.call(new Object[] {x})) return true;
                return false;
            };
            case "Vec.all" -> (n, a) -> {
                FnValue f = fn(a[1]);
                for (Object x : List.copyOf(vec(a[0]))) if (!(Boolean) f.call(new Object[] {x})) return false;
                return true;
            };
            case "Vec.join" -> (n, a) -> {
                StringBuilder sb = new StringBuilder();
                Vec v = vec(a[0]);
                for (int i = 0; i < v.size(); i++) {
                    if (i > 0) sb.append(s(a[1]));
                    sb.append(s(v.get(i)));
                }
                return sb.toString();
            };
            case "Vec.slice" -> (n, a) -> {
                Vec v = vec(a[0]);
                long from = l(a[1]);
                long to = l(a[2]);
                if (from < 0 || to > v.size() || from > to) {
                    throw n.panic("slice " + from + ".." + to + " out of bounds for length " + v.size());
                }
                return v.copyRange((int) from, (int) to);
            };
            // ---- Map
            case "Map.get" -> (n, a) -> EnumValue.option(map(a[0]).get(a[1]));
            case "Map.insert" -> (n, a) -> {
                map(a[0]).put(a[1], a[2]);
                return Unit.VALUE;
            };
            case "Map.remove" -> (n, a) -> EnumValue.option(map(a[0]).remove(a[1]));
            case "Map.contains_key" -> (n, a) -> map(a[0]).containsKey(a[1]);
            case "Map.keys" -> (n, a) -> Vec.copyOf(map(a[0]).keySet());
            case "Map.values" -> (n, a) -> Vec.copyOf(map(a[0]).values());
            // ---- Set
            case "Set.insert" -> (n, a) -> set(a[0]).add(a[1]);
            case "Set.remove" -> (n, a) -> set(a[0]).remove(a[1]);
            case "Set.contains" -> (n, a) -> set(a[0]).contains(a[1]);
            // ---- Option and Result
            case "Option.unwrap" -> (n, a) -> {
                if (en(a[0]).variant() == EnumShape.NONE) throw n.panic("called `unwrap` on `None`");
                return en(a[0]).single();
            };
            case "Option.expect" -> (n, a) -> {
                if (en(a[0]).variant() == EnumShape.NONE) throw n.panic(s(a[1]));
                return en(a[0]).single();
            };
            case "Option.unwrap_or" -> (n, a) -> en(a[0]).variant() == EnumShape.NONE ? a[1] : en(a[0]).single();
            case "Option.is_some" -> (n, a) -> en(a[0]).variant() == EnumShape.SOME;
            case "Option.is_none" -> (n, a) -> en(a[0]).variant() == EnumShape.NONE;
            case "Option.map" -> (n, a) -> en(a[0]).variant() == EnumShape.NONE ? EnumValue.NONE
                    : EnumValue.some(fn(a[1]).call(new Object[] {en(a[0]).single()}));
            case "Option.ok_or" -> (n, a) -> en(a[0]).variant() == EnumShape.NONE ? EnumValue.err(a[1]) : EnumValue.ok(en(a[0]).single());
            case "Result.unwrap" -> (n, a) -> {
                if (en(a[0]).variant() == EnumShape.ERR) throw n.panic("called `unwrap` on `Err(" + Printer.debug(en(a[0]).single()) + ")`");
                return en(a[0]).single();
            };
            case "Result.expect" -> (n, a) -> {
                if (en(a[0]).variant() == EnumShape.ERR) throw n.panic(s(a[1]) + ": " + Printer.debug(en(a[0]).single()));
                return en(a[0]).single();
            };
            case "Result.unwrap_or" -> (n, a) -> en(a[0]).variant() == EnumShape.ERR ? a[1] : en(a[0]).single();
            case "Result.is_ok" -> (n, a) -> en(a[0]).variant() == EnumShape.OK;
            case "Result.is_err" -> (n, a) -> en(a[0]).variant() == EnumShape.ERR;
            case "Result.map" -> (n, a) -> en(a[0]).variant() == EnumShape.ERR ? a[0]
                    : EnumValue.ok(fn(a[1]).call(new Object[] {en(a[0]).single()}));
            case "Result.map_err" -> (n, a) -> en(a[0]).variant() == EnumShape.OK ? a[0]
                    : EnumValue.err(fn(a[1]).call(new Object[] {en(a[0]).single()}));
            // ---- channels
            case "Sender.send" -> (n, a) -> {
                try {
                    if (!((Channel.Sender) a[0]).channel().send(a[1])) throw n.panic("send on a closed channel");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw n.panic("interrupted");
                }
                return Unit.VALUE;
            };
            case "Sender.close" -> (n, a) -> {
                ((Channel.Sender) a[0]).channel().close();
                return Unit.VALUE;
            };
            case "Receiver.recv" -> (n, a) -> {
                try {
                    return EnumValue.option(((Channel.Receiver) a[0]).channel().recv());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw n.panic("interrupted");
                }
            };
            default -> throw new IllegalStateException("unknown intrinsic " + name);
        };
    }
}
