package org.tlang.tir;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A T type. Built-in generic types ({@code Vec}, {@code Map}, {@code Set}, {@code Option},
 * {@code Result}, {@code Task}, {@code Sender}, {@code Receiver}) and user structs and enums are
 * all {@link Named}: user types by their qualified name ({@code app.shapes.Point}).
 *
 * <p>{@link Var} exists only while the checker infers types; TIR never contains one.
 * {@link Param} is a type parameter inside a generic definition: at run time its values are
 * references (boxed).
 */
public sealed interface Type {

    enum Prim implements Type {
        INT("Int"), FLOAT("Float"), BOOL("Bool"), STR("Str"), BYTES("Bytes"), UNIT("()"),
        /** The type of `return`, `break`, `panic(..)`: fits wherever any type is expected. */
        NEVER("!"),
        /** Stands for an expression that already has an error: unifies silently. */
        ERROR("{error}");

        private final String text;

        Prim(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    record Named(String name, List<Type> args) implements Type {
        public Named {
            args = List.copyOf(args);
        }

        public static Named of(String name, Type... args) {
            return new Named(name, List.of(args));
        }

        public Type arg(int i) {
            return args.get(i);
        }

        /** The name without its module prefix. */
        public String simpleName() {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? name : name.substring(dot + 1);
        }

        @Override
        public String toString() {
            if (args.isEmpty()) return simpleName();
            return simpleName() + args.stream().map(Object::toString).collect(Collectors.joining(", ", "<", ">"));
        }
    }

    record Tuple(List<Type> items) implements Type {
        public Tuple {
            items = List.copyOf(items);
        }

        @Override
        public String toString() {
            return items.stream().map(Object::toString).collect(Collectors.joining(", ", "(", items.size() == 1 ? ",)" : ")"));
        }
    }

    record Fn(List<Type> params, Type result) implements Type {
        public Fn {
            params = List.copyOf(params);
        }

        @Override
        public String toString() {
            String ps = params.stream().map(Object::toString).collect(Collectors.joining(", ", "fn(", ")"));
            return result == Prim.UNIT ? ps : ps + " -> " + result;
        }
    }

    record Param(String name) implements Type {
        @Override
        public String toString() {
            return name;
        }
    }

    /** An inference variable; {@link #binding} is set once by unification. */
    final class Var implements Type {
        private final int id;
        private Type binding;

        public Var(int id) {
            this.id = id;
        }

        public Type binding() {
            return binding;
        }

        public void bind(Type t) {
            binding = t;
        }

        public int id() {
            return id;
        }

        @Override
        public String toString() {
            return binding != null ? binding.toString() : "_";
        }
    }

    Type INT = Prim.INT;
    Type FLOAT = Prim.FLOAT;
    Type BOOL = Prim.BOOL;
    Type STR = Prim.STR;
    Type UNIT = Prim.UNIT;
    Type NEVER = Prim.NEVER;

    static Named vec(Type t) {
        return Named.of("Vec", t);
    }

    static Named option(Type t) {
        return Named.of("Option", t);
    }

    /** The storage a value of this type takes in a frame: a long (Int, Bool), a double, or a reference. */
    default Kind kind() {
        if (this == Prim.INT || this == Prim.BOOL) return Kind.LONG;
        if (this == Prim.FLOAT) return Kind.DOUBLE;
        return Kind.REF;
    }

    enum Kind { LONG, DOUBLE, REF }

    /** True if the type (after inference) is fully known: no variables left. */
    default boolean isGround() {
        return switch (this) {
            case Prim p -> true;
            case Named n -> n.args().stream().allMatch(Type::isGround);
            case Tuple t -> t.items().stream().allMatch(Type::isGround);
            case Fn f -> f.params().stream().allMatch(Type::isGround) && f.result().isGround();
            case Param p -> true;
            case Var v -> v.binding() != null && v.binding().isGround();
        };
    }
}
