package org.tlang.modules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tlang.api.TlangException;
import org.tlang.api.Value;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.StructShape;
import org.tlang.runtime.StructValue;
import org.tlang.runtime.Tuple;
import org.tlang.runtime.Unit;
import org.tlang.runtime.Vec;
import org.tlang.tir.TEnum;
import org.tlang.tir.TStruct;
import org.tlang.tir.Type;

/**
 * Host {@link Value}s to T runtime values of a parameter's type, and results back: the marshalling
 * of {@link EmbeddedContext#execute}. A value that does not fit its type is refused with where it
 * was ({@code argument 2 `p`, field `x`}), what was wanted and what came.
 */
public final class HostValues {
    private final ModuleRegistry registry;

    public HostValues(ModuleRegistry registry) {
        this.registry = registry;
    }

    public Object toT(Value v, Type t, String where) {
        return switch (t) {
            case Type.Prim p -> primitive(v, p, where);
            case Type.Named n -> named(v, n, where);
            case Type.Tuple tt -> {
                if (!(v instanceof Value.Tuple(List<Value> items)) || items.size() != tt.items().size()) throw refused(where, t, v);
                Object[] out = new Object[items.size()];
                for (int i = 0; i < out.length; i++) out[i] = toT(items.get(i), tt.items().get(i), where + ", item " + i);
                yield new Tuple(out);
            }
            case Type.Param p -> untyped(v, where);
            default -> throw new TlangException(where + ": a value of type " + t + " cannot come from the host");
        };
    }

    private static Object primitive(Value v, Type.Prim p, String where) {
        return switch (p) {
            case INT -> v instanceof Value.Int(long x) ? (Object) x : fail(where, p, v);
            case FLOAT -> v instanceof Value.Float(double x) ? (Object) x : fail(where, p, v);
            case BOOL -> v instanceof Value.Bool(boolean x) ? (Object) x : fail(where, p, v);
            case STR -> v instanceof Value.Str(String x) ? x : fail(where, p, v);
            case UNIT -> v instanceof Value.Unit ? Unit.VALUE : fail(where, p, v);
            default -> throw new TlangException(where + ": a value of type " + p + " cannot come from the host");
        };
    }

    private Object named(Value v, Type.Named n, String where) {
        switch (n.name()) {
            case "Vec", "Set" -> {
                if (!(v instanceof Value.Vec(List<Value> items))) throw refused(where, n, v);
                Collection<Object> out = n.name().equals("Vec") ? new Vec(items.size()) : new LinkedHashSet<>();
                for (int i = 0; i < items.size(); i++) out.add(toT(items.get(i), n.arg(0), where + ", item " + i));
                return out;
            }
            case "Map" -> {
                if (!(v instanceof Value.Map(Map<Value, Value> entries))) throw refused(where, n, v);
                Map<Object, Object> out = new LinkedHashMap<>();
                entries.forEach((k, x) -> out.put(toT(k, n.arg(0), where + ", a key"), toT(x, n.arg(1), where + ", at key " + k.show())));
                return out;
            }
            case "Option", "Result" -> {
                if (!(v instanceof Value.Variant e) || (e.type() != null && !e.type().equals(n.name()))) throw refused(where, n, v);
                return builtinEnum(e, n, where);
            }
            default -> {
                TStruct struct = registry.struct(n.name());
                if (struct != null) return struct(v, n, struct, where);
                TEnum decl = registry.enumDecl(n.name());
                if (decl != null) return userEnum(v, n, decl, where);
                throw new TlangException(where + ": a value of type " + n + " cannot come from the host");
            }
        }
    }

    private Object builtinEnum(Value.Variant e, Type.Named n, String where) {
        boolean option = n.name().equals("Option");
        switch (e.variant()) {
            case "None" -> {
                if (option && e.fields().isEmpty()) return EnumValue.NONE;
            }
            case "Some" -> {
                if (option && e.fields().size() == 1) return EnumValue.some(toT(e.fields().getFirst(), n.arg(0), where + ", in Some"));
            }
            case "Ok" -> {
                if (!option && e.fields().size() == 1) return EnumValue.ok(toT(e.fields().getFirst(), n.arg(0), where + ", in Ok"));
            }
            case "Err" -> {
                if (!option && e.fields().size() == 1) return EnumValue.err(toT(e.fields().getFirst(), n.arg(1), where + ", in Err"));
            }
            default -> {}
        }
        throw refused(where, n, e);
    }

    private StructValue struct(Value v, Type.Named n, TStruct decl, String where) {
        if (v instanceof Value.Map(Map<Value, Value> entries) && entries.keySet().stream().allMatch(k -> k instanceof Value.Str)) {
            // a plain Java map of field names, as Value.from makes one
            Map<String, Value> fields = new LinkedHashMap<>();
            entries.forEach((k, x) -> fields.put(k.asString(), x));
            v = new Value.Struct(null, fields);
        }
        if (!(v instanceof Value.Struct(String type, Map<String, Value> fields)) || (type != null && !type.equals(decl.name()))) {
            throw refused(where, n, v);
        }
        Map<String, Type> bound = bindings(decl.typeParams(), n.args());
        for (String given : fields.keySet()) {
            if (!decl.fieldNames().contains(given)) throw new TlangException(where + ": " + n + " has no field `" + given + "` (its fields: " + String.join(", ", decl.fieldNames()) + ")");
        }
        Object[] values = new Object[decl.fieldNames().size()];
        for (int i = 0; i < values.length; i++) {
            String name = decl.fieldNames().get(i);
            Value field = fields.get(name);
            if (field == null) throw new TlangException(where + ": field `" + name + "` of " + n + " is missing");
            values[i] = toT(field, substitute(decl.fieldTypes().get(i), bound), where + ", field `" + name + "`");
        }
        StructShape shape = registry.shape(decl);
        return shape.make(values);
    }

    private EnumValue userEnum(Value v, Type.Named n, TEnum decl, String where) {
        if (!(v instanceof Value.Variant e) || (e.type() != null && !e.type().equals(decl.name()))) throw refused(where, n, v);
        int index = decl.variantIndex(e.variant());
        if (index < 0) {
            throw new TlangException(where + ": " + n + " has no variant " + e.variant() + " (its variants: "
                    + String.join(", ", decl.variants().stream().map(TEnum.Variant::name).toList()) + ")");
        }
        List<Type> types = decl.variants().get(index).fields();
        if (types.size() != e.fields().size()) {
            throw new TlangException(where + ": " + e.variant() + " of " + n + " has " + types.size() + " fields, got " + e.fields().size());
        }
        Map<String, Type> bound = bindings(decl.typeParams(), n.args());
        Object[] fields = new Object[types.size()];
        for (int i = 0; i < fields.length; i++) fields[i] = toT(e.fields().get(i), substitute(types.get(i), bound), where + ", in " + e.variant());
        EnumShape shape = registry.shape(decl);
        return new EnumValue(shape, index, fields);
    }

    /** A value for a generic parameter: its own kind says what it is. */
    public Object untyped(Value v, String where) {
        return switch (v) {
            case Value.Int(long x) -> x;
            case Value.Float(double x) -> x;
            case Value.Bool(boolean x) -> x;
            case Value.Str(String x) -> x;
            case Value.Unit u -> Unit.VALUE;
            case Value.Vec(List<Value> items) -> {
                Vec out = new Vec(items.size());
                for (Value item : items) out.add(untyped(item, where));
                yield out;
            }
            case Value.Map(Map<Value, Value> entries) -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                entries.forEach((k, x) -> out.put(untyped(k, where), untyped(x, where)));
                yield out;
            }
            case Value.Tuple(List<Value> items) -> new Tuple(items.stream().map(x -> untyped(x, where)).toArray());
            case Value.Variant e when "Option".equals(e.type()) || "Result".equals(e.type()) -> builtinEnum(e, generic(e.type()), where);
            case Value.Struct s when s.type() != null -> toT(s, Type.Named.of(s.type()), where);
            case Value.Variant e when e.type() != null -> toT(e, Type.Named.of(e.type()), where);
            default -> throw new TlangException(where + ": " + v.show() + " needs its type named (Value.Struct and Value.Variant carry it) for a generic parameter");
        };
    }

    private static Type.Named generic(String name) {
        return new Type.Named(name, List.of(new Type.Param("T"), new Type.Param("E")));
    }

    private static Map<String, Type> bindings(List<String> params, List<Type> args) {
        Map<String, Type> out = new HashMap<>();
        for (int i = 0; i < params.size() && i < args.size(); i++) out.put(params.get(i), args.get(i));
        return out;
    }

    private static Type substitute(Type t, Map<String, Type> bound) {
        if (bound.isEmpty()) return t;
        return switch (t) {
            case Type.Param p -> bound.getOrDefault(p.name(), p);
            case Type.Named n -> new Type.Named(n.name(), n.args().stream().map(a -> substitute(a, bound)).toList());
            case Type.Tuple tt -> new Type.Tuple(tt.items().stream().map(a -> substitute(a, bound)).toList());
            case Type.Fn f -> new Type.Fn(f.params().stream().map(a -> substitute(a, bound)).toList(), substitute(f.result(), bound));
            default -> t;
        };
    }

    /** A T value back to the host; {@code t} says what a Bool in an Int slot is. */
    public static Value fromT(Object o, Type t, String where) {
        if (t == Type.Prim.BOOL && o instanceof Long l) return new Value.Bool(l != 0);
        return fromT(o, where);
    }

    public static Value fromT(Object o, String where) {
        return switch (o) {
            case null -> Value.UNIT;
            case Unit u -> Value.UNIT;
            case Long x -> new Value.Int(x);
            case Double x -> new Value.Float(x);
            case Boolean x -> new Value.Bool(x);
            case String x -> new Value.Str(x);
            case Tuple x -> {
                List<Value> items = new ArrayList<>(x.size());
                for (int i = 0; i < x.size(); i++) items.add(fromT(x.get(i), where));
                yield new Value.Tuple(items);
            }
            case StructValue s -> {
                Map<String, Value> fields = new LinkedHashMap<>();
                List<String> names = s.shape().fieldNames();
                for (int i = 0; i < names.size(); i++) fields.put(names.get(i), fromT(s.get(i), where));
                yield new Value.Struct(s.shape().name(), fields);
            }
            case EnumValue e -> {
                List<Value> fields = new ArrayList<>(e.arity());
                for (int i = 0; i < e.arity(); i++) fields.add(fromT(e.field(i), where));
                yield new Value.Variant(e.shape().name(), e.variantName(), fields);
            }
            case Map<?, ?> m -> {
                Map<Value, Value> entries = new LinkedHashMap<>();
                m.forEach((k, v) -> entries.put(fromT(k, where), fromT(v, where)));
                yield new Value.Map(entries);
            }
            case List<?> l -> new Value.Vec(l.stream().map(x -> fromT(x, where)).toList());
            case Set<?> s -> new Value.Vec(s.stream().map(x -> fromT(x, where)).toList());
            case Bytes b -> throw new TlangException(where + ": a Bytes value cannot go to the host");
            default -> throw new TlangException(where + ": a " + kind(o) + " cannot go to the host");
        };
    }

    private static String kind(Object o) {
        String name = o.getClass().getSimpleName().toLowerCase();
        return name.contains("task") ? "Task" : name.contains("sender") || name.contains("receiver") ? "channel end" : "function";
    }

    private static Object fail(String where, Type t, Value v) {
        throw refused(where, t, v);
    }

    private static TlangException refused(String where, Type t, Value v) {
        return new TlangException(where + ": expected " + t + ", got " + v.typeName() + " " + Value.show(v, false));
    }
}
