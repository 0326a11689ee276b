package org.tlang.lang.syntax;

import java.util.List;
import org.tlang.tir.Pos;

/**
 * Expression syntax. The checker keys its side tables on node identity, so two equal-looking
 * nodes at different places are different nodes.
 */
public sealed interface Expr {
    Pos pos();

    record IntLit(Pos pos, long value) implements Expr {}

    record FloatLit(Pos pos, double value) implements Expr {}

    record BoolLit(Pos pos, boolean value) implements Expr {}

    /** Parts are {@link String} literal text or interpolated {@link Expr}s. */
    record StrLit(Pos pos, List<Object> parts) implements Expr {}

    record UnitLit(Pos pos) implements Expr {}

    /** {@code x}, {@code a::b}, {@code Vec::new}, {@code chan<Int>}. */
    record Name(Pos pos, List<String> path, List<TypeRef> typeArgs) implements Expr {
        public String last() {
            return path.getLast();
        }

        public String joined() {
            return String.join("::", path);
        }
    }

    record Unary(Pos pos, String op, Expr operand) implements Expr {}

    record Binary(Pos pos, String op, Expr left, Expr right) implements Expr {}

    /** {@code op} is {@code =} or a compound operator such as {@code +=}. */
    record Assign(Pos pos, String op, Expr target, Expr value) implements Expr {}

    record Cast(Pos pos, Expr expr, TypeRef type) implements Expr {}

    record Call(Pos pos, Expr callee, List<Expr> args) implements Expr {}

    record MethodCall(Pos pos, Expr receiver, String name, List<Expr> args) implements Expr {}

    record Field(Pos pos, Expr target, String name) implements Expr {}

    record Index(Pos pos, Expr target, Expr index) implements Expr {}

    record Try(Pos pos, Expr expr) implements Expr {}

    record Await(Pos pos, Expr expr) implements Expr {}

    record Tuple(Pos pos, List<Expr> items) implements Expr {}

    record VecLit(Pos pos, List<Expr> items) implements Expr {}

    record MapLit(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    record FieldInit(Pos pos, String name, Expr value) {}

    record StructLit(Pos pos, List<String> path, List<FieldInit> fields) implements Expr {}

    /** {@code result} is null when the block ends with a statement. */
    record Block(Pos pos, List<Stmt> stmts, Expr result) implements Expr {}

    /** {@code otherwise} is null, a {@link Block} or an {@link If}. */
    record If(Pos pos, Expr cond, Block then, Expr otherwise) implements Expr {}

    record While(Pos pos, Expr cond, Block body) implements Expr {}

    record Loop(Pos pos, Block body) implements Expr {}

    record For(Pos pos, Pattern pattern, Expr iterable, Block body) implements Expr {}

    record Arm(Pos pos, Pattern pattern, Expr guard, Expr body) {}

    record Match(Pos pos, Expr scrutinee, List<Arm> arms) implements Expr {}

    record Range(Pos pos, Expr from, Expr to, boolean inclusive) implements Expr {}

    record Closure(Pos pos, List<Param> params, TypeRef returnType, Expr body) implements Expr {}

    record Return(Pos pos, Expr value) implements Expr {}

    record Break(Pos pos, Expr value) implements Expr {}

    record Continue(Pos pos) implements Expr {}

    /** A function or closure parameter; {@code type} may be null for closures. */
    record Param(Pos pos, String name, TypeRef type, boolean mutable) {}

    /** Expressions that end a statement without a semicolon. */
    static boolean isBlockLike(Expr e) {
        return e instanceof Block || e instanceof If || e instanceof While || e instanceof Loop
                || e instanceof For || e instanceof Match;
    }
}
