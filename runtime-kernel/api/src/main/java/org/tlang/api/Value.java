package org.tlang.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A T value as a host sees it: what {@link Context#execute} takes and returns. Each kind is a
 * record named after its T type; {@link #from} and {@link #toJava} convert from and to plain Java
 * values, and {@link #show} gives the T printed form ({@code [1, 2]}, {@code Point { x: 1.0 }}).
 * A struct is its type's qualified name and its fields by name; an enum value (Option and Result
 * included) is its type, its variant and the variant's fields.
 */
public sealed interface Value {

    record Int(long value) implements Value {}

    record Float(double value) implements Value {}

    record Bool(boolean value) implements Value {}

    record Str(String value) implements Value {
        public Str {
            java.util.Objects.requireNonNull(value, "value");
        }
    }

    /** {@code ()}: what a function without a result returns. */
    record Unit() implements Value {}

    /** A {@code Vec}, or a {@code Set} in its order. */
    record Vec(java.util.List<Value> items) implements Value {
        public Vec {
            items = java.util.List.copyOf(items);
        }
    }

    /** A {@code Map}, in its order. */
    record Map(java.util.Map<Value, Value> entries) implements Value {
        public Map {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    record Tuple(java.util.List<Value> items) implements Value {
        public Tuple {
            items = java.util.List.copyOf(items);
        }
    }

    /**
     * A struct value. {@code type} is the qualified name ({@code app.shapes.Point}); a host passing
     * one may leave it null, the parameter's type says which struct it is.
     */
    record Struct(String type, java.util.Map<String, Value> fields) implements Value {
        public Struct {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /**
     * An enum value: {@code Some(3)} is {@code Variant("Option", "Some", [Int(3)])}. {@code type} is
     * {@code Option}, {@code Result} or an enum's qualified name; a host passing one may leave it null.
     */
    record Variant(String type, String variant, java.util.List<Value> fields) implements Value {
        public Variant {
            java.util.Objects.requireNonNull(variant, "variant");
            fields = java.util.List.copyOf(fields);
        }
    }

    Unit UNIT = new Unit();
    Variant NONE = new Variant("Option", "None", java.util.List.of());

    static Value of(long v) {
        return new Int(v);
    }

    static Value of(double v) {
        return new Float(v);
    }

    static Value of(boolean v) {
        return new Bool(v);
    }

    static Value of(String v) {
        return new Str(v);
    }

    static Value some(Value v) {
        return new Variant("Option", "Some", java.util.List.of(v));
    }

    static Value ok(Value v) {
        return new Variant("Result", "Ok", java.util.List.of(v));
    }

    static Value err(Value v) {
        return new Variant("Result", "Err", java.util.List.of(v));
    }

    /** A struct value of fields given by name (converted by {@link #from}), its type left to the parameter. */
    static Value struct(java.util.Map<String, ?> fields) {
        java.util.Map<String, Value> converted = new LinkedHashMap<>();
        fields.forEach((k, v) -> converted.put(k, from(v)));
        return new Struct(null, converted);
    }

    /**
     * A plain Java value as a T value: {@code Long}, {@code Integer}, {@code Short}, {@code Byte} as
     * Int; {@code Double}, {@code java.lang.Float} as Float; {@code Boolean}; any {@code CharSequence}
     * as Str; a {@code Collection} as Vec; a {@code java.util.Map} as Map; an {@code Optional} as
     * Option; a Value as itself. Elements convert the same way.
     *
     * @throws IllegalArgumentException for null (T has none) or another type, naming it
     */
    static Value from(Object java) {
        return switch (java) {
            case null -> throw new IllegalArgumentException("null has no T value (use Value.NONE for an Option)");
            case Value v -> v;
            case Long l -> new Int(l);
            case Integer i -> new Int(i);
            case Short s -> new Int(s);
            case Byte b -> new Int(b);
            case Double d -> new Float(d);
            case java.lang.Float f -> new Float(f);
            case Boolean b -> new Bool(b);
            case CharSequence s -> new Str(s.toString());
            case Collection<?> c -> new Vec(c.stream().map(Value::from).toList());
            case java.util.Map<?, ?> m -> {
                java.util.Map<Value, Value> entries = new LinkedHashMap<>();
                m.forEach((k, v) -> entries.put(from(k), from(v)));
                yield new Map(entries);
            }
            case Optional<?> o -> o.isPresent() ? some(from(o.get())) : NONE;
            default -> throw new IllegalArgumentException("a " + java.getClass().getName() + " has no T value");
        };
    }

    /**
     * This value as plain Java: Int a {@code Long}, Float a {@code Double}, Bool a {@code Boolean},
     * Str a {@code String}, {@code ()} null, Vec and tuples a {@code List}, Map a {@code LinkedHashMap},
     * a struct a {@code LinkedHashMap} of its fields, Option an {@code Optional}, any other enum value
     * a one-entry map from its variant to the list of its fields. Elements convert the same way.
     */
    default Object toJava() {
        return switch (this) {
            case Int i -> i.value();
            case Float f -> f.value();
            case Bool b -> b.value();
            case Str s -> s.value();
            case Unit u -> null;
            case Vec v -> javaList(v.items());
            case Tuple t -> javaList(t.items());
            case Map m -> {
                java.util.Map<Object, Object> out = new LinkedHashMap<>();
                m.entries().forEach((k, v) -> out.put(k.toJava(), v.toJava()));
                yield out;
            }
            case Struct s -> {
                java.util.Map<String, Object> out = new LinkedHashMap<>();
                s.fields().forEach((k, v) -> out.put(k, v.toJava()));
                yield out;
            }
            case Variant v when "Option".equals(v.type()) -> v.fields().isEmpty() ? Optional.empty() : Optional.ofNullable(v.fields().getFirst().toJava());
            case Variant v -> java.util.Map.of(v.variant(), javaList(v.fields()));
        };
    }

    private static java.util.List<Object> javaList(java.util.List<Value> items) {
        java.util.List<Object> out = new ArrayList<>(items.size());
        for (Value v : items) out.add(v.toJava());
        return out;
    }

    /** The T type's name of this kind of value: {@code Int}, {@code Vec}, a struct's or enum's name. */
    default String typeName() {
        return switch (this) {
            case Int i -> "Int";
            case Float f -> "Float";
            case Bool b -> "Bool";
            case Str s -> "Str";
            case Unit u -> "()";
            case Vec v -> "Vec";
            case Map m -> "Map";
            case Tuple t -> "tuple";
            case Struct s -> s.type() == null ? "struct" : s.type();
            case Variant v -> v.type() == null ? "enum" : v.type();
        };
    }

    default long asLong() {
        if (this instanceof Int i) return i.value();
        throw wrongKind("Int");
    }

    /** @throws ArithmeticException when the Int does not fit an {@code int} */
    default int asInt() {
        return Math.toIntExact(asLong());
    }

    default double asDouble() {
        if (this instanceof Float f) return f.value();
        throw wrongKind("Float");
    }

    default boolean asBoolean() {
        if (this instanceof Bool b) return b.value();
        throw wrongKind("Bool");
    }

    default String asString() {
        if (this instanceof Str s) return s.value();
        throw wrongKind("Str");
    }

    /** The items of a Vec or a tuple. */
    default java.util.List<Value> asList() {
        if (this instanceof Vec v) return v.items();
        if (this instanceof Tuple t) return t.items();
        throw wrongKind("Vec");
    }

    /** The entries of a Map. */
    default java.util.Map<Value, Value> asMap() {
        if (this instanceof Map m) return m.entries();
        throw wrongKind("Map");
    }

    /** The fields of a struct, by name. */
    default java.util.Map<String, Value> asStruct() {
        if (this instanceof Struct s) return s.fields();
        throw wrongKind("struct");
    }

    private IllegalStateException wrongKind(String wanted) {
        return new IllegalStateException("expected " + wanted + ", got " + typeName() + " " + show(this, false));
    }

    /** The T printed form: {@code [1, 2]}, {@code Point { x: 1.0, y: 2.0 }}, a Str bare. */
    default String show() {
        return show(this, true);
    }

    /** The T printed form of {@code v}; a Str bare at the top ({@code top}) and quoted inside collections. */
    static String show(Value v, boolean top) {
        return switch (v) {
            case Int i -> Long.toString(i.value());
            case Float f -> showFloat(f.value());
            case Bool b -> Boolean.toString(b.value());
            case Str s -> top ? s.value() : quoted(s.value());
            case Unit u -> "()";
            case Vec l -> l.items().stream().map(x -> show(x, false)).collect(Collectors.joining(", ", "[", "]"));
            case Tuple t -> t.items().stream().map(x -> show(x, false)).collect(Collectors.joining(", ", "(", t.items().size() == 1 ? ",)" : ")"));
            case Map m -> m.entries().isEmpty() ? "[:]" : m.entries().entrySet().stream()
                    .map(e -> show(e.getKey(), false) + ": " + show(e.getValue(), false)).collect(Collectors.joining(", ", "[", "]"));
            case Struct s -> simple(s.type()) + " { " + s.fields().entrySet().stream()
                    .map(e -> e.getKey() + ": " + show(e.getValue(), false)).collect(Collectors.joining(", ")) + " }";
            case Variant e -> e.fields().isEmpty() ? e.variant()
                    : e.variant() + e.fields().stream().map(x -> show(x, false)).collect(Collectors.joining(", ", "(", ")"));
        };
    }

    private static String simple(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    private static String showFloat(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String s = Double.toString(d);
        int e = s.indexOf('E');
        if (e >= 0) {
            String mantissa = s.substring(0, e);
            if (mantissa.endsWith(".0")) mantissa = mantissa.substring(0, mantissa.length() - 2);
            s = mantissa + "e" + s.substring(e + 1);
        }
        return s;
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }
}
