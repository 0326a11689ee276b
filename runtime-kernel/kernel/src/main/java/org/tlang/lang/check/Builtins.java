package org.tlang.lang.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tlang.lang.source.Reporter;
import org.tlang.lang.source.SourceFile;
import org.tlang.lang.syntax.Lexer;
import org.tlang.lang.syntax.Parser;
import org.tlang.lang.syntax.TypeRef;
import org.tlang.runtime.builtins.Builtin;
import org.tlang.runtime.builtins.BuiltinTable;
import org.tlang.tir.TEnum;
import org.tlang.tir.Type;

/**
 * The types of the prelude functions and of the methods of built-in types, parsed from the
 * signatures in {@link BuiltinTable}, by the built-in's key: {@code println}, {@code Vec.push},
 * {@code Vec::new}, {@code assert/2}.
 */
public final class Builtins {
    public static final TEnum OPTION = new TEnum("Option", List.of("T"), List.of(
            new TEnum.Variant("None", List.of()), new TEnum.Variant("Some", List.of(new Type.Param("T")))));
    public static final TEnum RESULT = new TEnum("Result", List.of("T", "E"), List.of(
            new TEnum.Variant("Ok", List.of(new Type.Param("T"))), new TEnum.Variant("Err", List.of(new Type.Param("E")))));


    /** A built-in signature: its type parameters and its function type over {@link Type.Param}s. */
    public record Signature(List<String> typeParams, Type.Fn type) {}

    /** The prelude and built-in methods; immutable, shared by every compilation. */
    public static final Builtins STANDARD = new Builtins();

    private final Map<String, Signature> signatures = new HashMap<>();
    private final java.util.Set<String> functions = new java.util.HashSet<>();

    private Builtins() {
        for (Builtin b : BuiltinTable.all()) {
            signatures.put(b.key(), parseSignature(b.signature()));
            if (!b.key().contains(".") && !b.key().contains("::")) functions.add(b.key().replaceFirst("/\\d+$", ""));
        }
    }

    /**
     * Parses a function type written in T, e.g. {@code fn(Vec<T>, T) -> Option<T>}; single capital
     * letters are type parameters, and a qualified name ({@code std.io.IoError}) is that module's type.
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
                // a path names a std module's type by its qualified name, as a user type is named
                String name = String.join(".", n.path());
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

    /**
     * The modules whose types {@code sig} mentions by qualified name ({@code std.io} for
     * {@code std.io.IoError}): a call of it needs them installed.
     */
    public static java.util.Set<String> modulesNamedBy(Signature sig) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String type : qualifiedTypes(sig)) out.add(type.substring(0, type.lastIndexOf('.')));
        return out;
    }

    /** The simple names of the types of {@code module} that {@code sig} mentions ({@code IoError}). */
    public static List<String> typesOf(Signature sig, String module) {
        return qualifiedTypes(sig).stream().filter(t -> t.startsWith(module + ".") && t.lastIndexOf('.') == module.length())
                .map(t -> t.substring(module.length() + 1)).toList();
    }

    private static java.util.Set<String> qualifiedTypes(Signature sig) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        collectQualified(sig.type(), out);
        return out;
    }

    private static void collectQualified(Type t, java.util.Set<String> out) {
        switch (t) {
            case Type.Named n -> {
                if (n.name().contains(".")) out.add(n.name());
                for (Type a : n.args()) collectQualified(a, out);
            }
            case Type.Fn f -> {
                for (Type p : f.params()) collectQualified(p, out);
                collectQualified(f.result(), out);
            }
            case Type.Tuple tu -> {
                for (Type i : tu.items()) collectQualified(i, out);
            }
            default -> {
            }
        }
    }

    /** Whether {@code name} is a prelude function ({@code println}, {@code assert}, ...). */
    public boolean isFunction(String name) {
        return functions.contains(name);
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
