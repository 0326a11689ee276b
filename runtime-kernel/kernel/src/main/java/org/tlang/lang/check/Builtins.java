package org.tlang.lang.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tlang.lang.source.Reporter;
import org.tlang.lang.source.SourceFile;
import org.tlang.lang.syntax.Lexer;
import org.tlang.lang.syntax.Parser;
import org.tlang.lang.syntax.TypeRef;
import org.tlang.tir.TEnum;
import org.tlang.tir.Type;

/**
 * Signatures of the prelude functions and of the methods of built-in types, written in T type
 * syntax. Single capital letters are type parameters. The key is the intrinsic name the
 * interpreter implements: {@code println}, {@code Vec.push}, {@code Vec::new}.
 */
public final class Builtins {
    public static final TEnum OPTION = new TEnum("Option", List.of("T"), List.of(
            new TEnum.Variant("None", List.of()), new TEnum.Variant("Some", List.of(new Type.Param("T")))));
    public static final TEnum RESULT = new TEnum("Result", List.of("T", "E"), List.of(
            new TEnum.Variant("Ok", List.of(new Type.Param("T"))), new TEnum.Variant("Err", List.of(new Type.Param("E")))));

    private static final String[][] TABLE = {
            // prelude functions (name/arity for overloads)
            {"print", "fn(T)"}, {"println", "fn(T)"}, {"eprintln", "fn(T)"}, {"eprint", "fn(T)"},
            {"panic", "fn(Str) -> Never"}, {"assert/1", "fn(Bool)"}, {"assert/2", "fn(Bool, Str)"},
            {"assert_eq", "fn(T, T)"}, {"spawn", "fn(fn() -> T) -> Task<T>"}, {"sleep", "fn(Int)"},
            {"now_ms", "fn() -> Int"}, {"now_ns", "fn() -> Int"}, {"chan", "fn(Int) -> (Sender<T>, Receiver<T>)"},
            // associated functions
            {"Vec::new", "fn() -> Vec<T>"}, {"Vec::with", "fn(Int, T) -> Vec<T>"}, {"Map::new", "fn() -> Map<K, V>"},
            {"Set::new", "fn() -> Set<T>"},
            // Int
            {"Int.abs", "fn(Int) -> Int"}, {"Int.min", "fn(Int, Int) -> Int"}, {"Int.max", "fn(Int, Int) -> Int"},
            {"Int.pow", "fn(Int, Int) -> Int"}, {"Int.to_str", "fn(Int) -> Str"}, {"Int.wrapping_add", "fn(Int, Int) -> Int"},
            {"Int.wrapping_sub", "fn(Int, Int) -> Int"}, {"Int.wrapping_mul", "fn(Int, Int) -> Int"},
            {"Int.to_float", "fn(Int) -> Float"},
            // Float
            {"Float.abs", "fn(Float) -> Float"}, {"Float.sqrt", "fn(Float) -> Float"}, {"Float.floor", "fn(Float) -> Float"},
            {"Float.ceil", "fn(Float) -> Float"}, {"Float.round", "fn(Float) -> Float"}, {"Float.sin", "fn(Float) -> Float"},
            {"Float.cos", "fn(Float) -> Float"}, {"Float.exp", "fn(Float) -> Float"}, {"Float.ln", "fn(Float) -> Float"},
            {"Float.pow", "fn(Float, Float) -> Float"}, {"Float.min", "fn(Float, Float) -> Float"},
            {"Float.max", "fn(Float, Float) -> Float"}, {"Float.is_nan", "fn(Float) -> Bool"},
            {"Float.fixed", "fn(Float, Int) -> Str"}, {"Float.to_str", "fn(Float) -> Str"},
            // Bool
            {"Bool.to_str", "fn(Bool) -> Str"},
            // Str
            {"Str.len", "fn(Str) -> Int"}, {"Str.is_empty", "fn(Str) -> Bool"}, {"Str.contains", "fn(Str, Str) -> Bool"},
            {"Str.starts_with", "fn(Str, Str) -> Bool"}, {"Str.ends_with", "fn(Str, Str) -> Bool"},
            {"Str.find", "fn(Str, Str) -> Option<Int>"}, {"Str.replace", "fn(Str, Str, Str) -> Str"},
            {"Str.split", "fn(Str, Str) -> Vec<Str>"}, {"Str.trim", "fn(Str) -> Str"}, {"Str.to_upper", "fn(Str) -> Str"},
            {"Str.to_lower", "fn(Str) -> Str"}, {"Str.substring", "fn(Str, Int, Int) -> Str"},
            {"Str.chars", "fn(Str) -> Vec<Str>"}, {"Str.parse_int", "fn(Str) -> Option<Int>"},
            {"Str.parse_float", "fn(Str) -> Option<Float>"}, {"Str.repeat", "fn(Str, Int) -> Str"},
            {"Str.pad_left", "fn(Str, Int, Str) -> Str"}, {"Str.pad_right", "fn(Str, Int, Str) -> Str"},
            {"Str.to_str", "fn(Str) -> Str"}, {"Str.bytes", "fn(Str) -> Bytes"},
            // Bytes
            {"Bytes::new", "fn() -> Bytes"}, {"Bytes.len", "fn(Bytes) -> Int"}, {"Bytes.is_empty", "fn(Bytes) -> Bool"},
            {"Bytes.push", "fn(Bytes, Int)"}, {"Bytes.get", "fn(Bytes, Int) -> Option<Int>"},
            {"Bytes.to_str", "fn(Bytes) -> Str"}, {"Bytes.to_vec", "fn(Bytes) -> Vec<Int>"},
            // Vec
            {"Vec.len", "fn(Vec<T>) -> Int"}, {"Vec.is_empty", "fn(Vec<T>) -> Bool"}, {"Vec.push", "fn(Vec<T>, T)"},
            {"Vec.pop", "fn(Vec<T>) -> Option<T>"}, {"Vec.get", "fn(Vec<T>, Int) -> Option<T>"},
            {"Vec.insert", "fn(Vec<T>, Int, T)"}, {"Vec.remove", "fn(Vec<T>, Int) -> T"},
            {"Vec.contains", "fn(Vec<T>, T) -> Bool"}, {"Vec.sort", "fn(Vec<T>)"},
            {"Vec.sort_by", "fn(Vec<T>, fn(T, T) -> Int)"}, {"Vec.reverse", "fn(Vec<T>)"},
            {"Vec.map", "fn(Vec<T>, fn(T) -> U) -> Vec<U>"}, {"Vec.filter", "fn(Vec<T>, fn(T) -> Bool) -> Vec<T>"},
            {"Vec.fold", "fn(Vec<T>, U, fn(U, T) -> U) -> U"}, {"Vec.any", "fn(Vec<T>, fn(T) -> Bool) -> Bool"},
            {"Vec.all", "fn(Vec<T>, fn(T) -> Bool) -> Bool"}, {"Vec.join", "fn(Vec<Str>, Str) -> Str"},
            {"Vec.slice", "fn(Vec<T>, Int, Int) -> Vec<T>"},
            // Map
            {"Map.len", "fn(Map<K, V>) -> Int"}, {"Map.is_empty", "fn(Map<K, V>) -> Bool"},
            {"Map.get", "fn(Map<K, V>, K) -> Option<V>"}, {"Map.insert", "fn(Map<K, V>, K, V)"},
            {"Map.remove", "fn(Map<K, V>, K) -> Option<V>"}, {"Map.contains_key", "fn(Map<K, V>, K) -> Bool"},
            {"Map.keys", "fn(Map<K, V>) -> Vec<K>"}, {"Map.values", "fn(Map<K, V>) -> Vec<V>"},
            // Set
            {"Set.insert", "fn(Set<T>, T) -> Bool"}, {"Set.remove", "fn(Set<T>, T) -> Bool"},
            {"Set.contains", "fn(Set<T>, T) -> Bool"}, {"Set.len", "fn(Set<T>) -> Int"}, {"Set.is_empty", "fn(Set<T>) -> Bool"},
            // Option
            {"Option.unwrap", "fn(Option<T>) -> T"}, {"Option.expect", "fn(Option<T>, Str) -> T"},
            {"Option.unwrap_or", "fn(Option<T>, T) -> T"}, {"Option.is_some", "fn(Option<T>) -> Bool"},
            {"Option.is_none", "fn(Option<T>) -> Bool"}, {"Option.map", "fn(Option<T>, fn(T) -> U) -> Option<U>"},
            {"Option.ok_or", "fn(Option<T>, E) -> Result<T, E>"},
            // Result
            {"Result.unwrap", "fn(Result<T, E>) -> T"}, {"Result.expect", "fn(Result<T, E>, Str) -> T"},
            {"Result.unwrap_or", "fn(Result<T, E>, T) -> T"}, {"Result.is_ok", "fn(Result<T, E>) -> Bool"},
            {"Result.is_err", "fn(Result<T, E>) -> Bool"}, {"Result.map", "fn(Result<T, E>, fn(T) -> U) -> Result<U, E>"},
            {"Result.map_err", "fn(Result<T, E>, fn(E) -> F) -> Result<T, F>"},
            // tasks and channels
            {"Task.join", "fn(Task<T>) -> T"}, {"Sender.send", "fn(Sender<T>, T)"}, {"Sender.close", "fn(Sender<T>)"},
            {"Receiver.recv", "fn(Receiver<T>) -> Option<T>"},
    };

    /** A built-in signature: its type parameters and its function type over {@link Type.Param}s. */
    public record Signature(List<String> typeParams, Type.Fn type) {}

    /** The prelude and built-in methods; immutable, shared by every compilation. */
    public static final Builtins STANDARD = new Builtins();

    private final Map<String, Signature> signatures = new HashMap<>();

    private Builtins() {
        for (String[] row : TABLE) signatures.put(row[0], parseSignature(row[1]));
    }

    /**
     * Parses a function type written in T, e.g. {@code fn(Vec<T>, T) -> Option<T>}; single capital
     * letters are type parameters.
     *
     * @throws IllegalArgumentException if it is not a function type
     */
    public static Signature parseSignature(String text) {
        SourceFile src = SourceFile.of("<signature>", text);
        Reporter r = new Reporter();
        org.tlang.lang.syntax.Parser parser = new Parser(src, r, new Lexer(src, r, text, 1, 1).tokenize());
        TypeRef ref;
        try {
            ref = parser.parseType();
        } catch (RuntimeException e) {
            ref = null;
        }
        if (r.hasErrors() || !(ref instanceof TypeRef.Fn)) throw new IllegalArgumentException("not a T function type: " + text);
        java.util.LinkedHashSet<String> params = new java.util.LinkedHashSet<>();
        Type.Fn t = (Type.Fn) convert(ref, params);
        return new Signature(List.copyOf(params), t);
    }

    private static Type convert(TypeRef ref, java.util.Set<String> params) {
        return switch (ref) {
            case TypeRef.Tuple t -> t.items().isEmpty() ? Type.UNIT : new Type.Tuple(t.items().stream().map(i -> convert(i, params)).toList());
            case TypeRef.Fn f -> new Type.Fn(f.params().stream().map(i -> convert(i, params)).toList(), convert(f.result(), params));
            case TypeRef.Named n -> {
                String name = n.path().getLast();
                if (name.length() == 1 && Character.isUpperCase(name.charAt(0))) {
                    params.add(name);
                    yield new Type.Param(name);
                }
                yield switch (name) {
                    case "Int" -> Type.INT;
                    case "Float" -> Type.FLOAT;
                    case "Bool" -> Type.BOOL;
                    case "Str" -> Type.STR;
                    case "Never" -> Type.NEVER;
                    case "Bytes" -> Type.Prim.BYTES;
                    default -> new Type.Named(name, n.args().stream().map(i -> convert(i, params)).toList());
                };
            }
        };
    }

    public Signature get(String name) {
        return signatures.get(name);
    }

    /** The receiver type's key in the method table: Int, Float, Str, Vec, Map, ... or null. */
    public static String receiverKey(Type t) {
        if (t == Type.INT) return "Int";
        if (t == Type.FLOAT) return "Float";
        if (t == Type.BOOL) return "Bool";
        if (t == Type.STR) return "Str";
        if (t == Type.Prim.BYTES) return "Bytes";
        if (t instanceof Type.Named n) return n.name();
        return null;
    }
}
