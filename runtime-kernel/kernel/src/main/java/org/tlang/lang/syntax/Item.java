package org.tlang.lang.syntax;

import java.util.List;
import org.tlang.tir.Pos;

public sealed interface Item {
    Pos pos();

    /** {@code self} is the first param with name "self" and null type when the fn is a method. */
    record Fn(Pos pos, boolean pub, String name, List<String> typeParams, List<Expr.Param> params,
              TypeRef returnType, Expr.Block body, boolean isAsync, boolean isTest) implements Item {
        public boolean hasSelf() {
            return !params.isEmpty() && params.getFirst().name().equals("self") && params.getFirst().type() == null;
        }
    }

    record FieldDecl(Pos pos, String name, TypeRef type) {}

    record Struct(Pos pos, boolean pub, String name, List<String> typeParams, List<FieldDecl> fields) implements Item {}

    record VariantDecl(Pos pos, String name, List<TypeRef> fields) {}

    record Enum(Pos pos, boolean pub, String name, List<String> typeParams, List<VariantDecl> variants) implements Item {}

    record Impl(Pos pos, List<String> typeParams, TypeRef target, List<Fn> methods) implements Item {}

    record Const(Pos pos, boolean pub, String name, TypeRef type, Expr value) implements Item {}

    record Static(Pos pos, boolean pub, boolean mutable, String name, TypeRef type, Expr value) implements Item {}

    /**
     * {@code #[migrate(name)]} before a function: when a reload changes the type of static
     * {@code name}, the function (one parameter of the old type, returning the new type) turns the
     * old value into the new one.
     */
    record Migrate(Pos pos, String staticName, String function) implements Item {}

    /**
     * {@code import a.b;} (names null, alias null), {@code import a.b.{X, y};} (names set),
     * {@code import a.b as c;} (alias set).
     */
    record Import(Pos pos, List<String> path, List<String> names, List<Pos> namePositions, String alias) implements Item {
        public String module() {
            return String.join(".", path);
        }
    }

    /**
     * {@code extern "libm.so.6" { fn cos(x: c_double) -> c_double; }}: C functions of a shared
     * library (a name the dynamic loader finds, or a path).
     */
    record Extern(Pos pos, String library, List<ExternFn> functions) implements Item {}

    /** One C function of an {@link Extern} block; {@code variadic} when its parameters end in {@code ...}. */
    record ExternFn(Pos pos, boolean pub, String name, List<Expr.Param> params, TypeRef returnType, boolean variadic) {}

    /** {@code #[repr(C)]} before struct {@code struct}: its fields are laid out as a C compiler would, for {@code extern} functions. */
    record ReprC(Pos pos, String struct) implements Item {}

    record ModuleDecl(Pos pos, List<String> path) implements Item {}
}
