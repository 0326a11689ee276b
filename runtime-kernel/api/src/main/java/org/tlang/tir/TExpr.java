package org.tlang.tir;

import java.util.List;

/**
 * TIR: a typed, structured expression tree. Every node carries its T type (fully inferred) and
 * source position. Statements are expressions of type {@code ()}.
 */
public sealed interface TExpr {
    Type type();

    Pos pos();

    /** value: Long (Int), Double (Float), Boolean, String, or null for (). */
    record Const(Object value, Type type, Pos pos) implements TExpr {}

    record Local(TLocal local, Pos pos) implements TExpr {
        public Type type() {
            return local.type();
        }
    }

    /** Declares (and initialises) a local; a boxed local gets a fresh box here. */
    record Let(TLocal local, TExpr init, Pos pos) implements TExpr {
        public Type type() {
            return Type.UNIT;
        }
    }

    record SetLocal(TLocal local, TExpr value, Pos pos) implements TExpr {
        public Type type() {
            return Type.UNIT;
        }
    }

    record Global(GlobalRef ref, Pos pos) implements TExpr {
        public Type type() {
            return ref.type();
        }
    }

    record SetGlobal(GlobalRef ref, TExpr value, Pos pos) implements TExpr {
        public Type type() {
            return Type.UNIT;
        }
    }

    /** A named function used as a value. */
    record FunctionValue(FunctionRef ref, Type type, Pos pos) implements TExpr {}

    /** Both operands have the same type; `&&` and `||` short-circuit. */
    record Binary(BinaryOp op, TExpr left, TExpr right, Type type, Pos pos) implements TExpr {}

    /** op is "-" or "!" (logical not on Bool, bitwise not on Int). */
    record Unary(String op, TExpr operand, Type type, Pos pos) implements TExpr {}

    /** Int to Float, Float to Int (truncating, saturating, NaN to 0), or identity. */
    record Cast(TExpr value, Type type, Pos pos) implements TExpr {}

    record If(TExpr cond, TExpr then, TExpr otherwise, Type type, Pos pos) implements TExpr {}

    record Block(List<TExpr> statements, TExpr result, Type type, Pos pos) implements TExpr {}

    /** `while cond` (cond non-null) or `loop` (cond null, value from `break v`). */
    record Loop(TExpr cond, TExpr body, Type type, Pos pos) implements TExpr {}

    /** `for var in from..to` / `from..=to` over Int. */
    record ForRange(TLocal var, TExpr from, TExpr to, boolean inclusive, TExpr body, Pos pos) implements TExpr {
        public Type type() {
            return Type.UNIT;
        }
    }

    /** `for var in iterable` over Vec, Set, Map (as (k, v) tuples) or Str (characters). */
    record ForEach(TLocal var, TExpr iterable, TExpr body, Pos pos) implements TExpr {
        public Type type() {
            return Type.UNIT;
        }
    }

    record Break(TExpr value, Pos pos) implements TExpr {
        public Type type() {
            return Type.NEVER;
        }
    }

    record Continue(Pos pos) implements TExpr {
        public Type type() {
            return Type.NEVER;
        }
    }

    record Return(TExpr value, Pos pos) implements TExpr {
        public Type type() {
            return Type.NEVER;
        }
    }

    /**
     * A direct call of a named function through its linkage cell. When {@code async} (the callee
     * is an `async fn`), the call starts a task running the callee and {@code type} is its Task.
     */
    record Call(FunctionRef callee, List<TExpr> args, boolean async, Type type, Pos pos) implements TExpr {}

    /** A call of a function value (closure or named function). */
    record CallValue(TExpr callee, List<TExpr> args, Type type, Pos pos) implements TExpr {}

    /**
     * A built-in function or method: {@code name} is e.g. {@code println}, {@code Int.abs},
     * {@code Vec.push}, {@code Str.len}. For methods the receiver is {@code args.get(0)}.
     */
    record Intrinsic(String name, List<TExpr> args, Type type, Pos pos) implements TExpr {}

    /**
     * A closure: each of {@code captures} (a local of the enclosing function) is copied into the
     * matching local of {@code capturedInto} (a local of {@code function}) when the closure is made;
     * a boxed local shares its box, which makes capture by reference.
     */
    record Closure(TFunction function, List<TLocal> captures, List<TLocal> capturedInto, Type type, Pos pos) implements TExpr {}

    /** String interpolation: the printed forms of the parts, concatenated. */
    record Interpolate(List<TExpr> parts, Pos pos) implements TExpr {
        public Type type() {
            return Type.STR;
        }
    }

    record TupleNew(List<TExpr> items, Type type, Pos pos) implements TExpr {}

    record TupleGet(TExpr tuple, int index, Type type, Pos pos) implements TExpr {}

    record VecNew(List<TExpr> items, Type type, Pos pos) implements TExpr {}

    record MapNew(List<TExpr> keys, List<TExpr> values, Type type, Pos pos) implements TExpr {}

    /** {@code v[i]} on Vec (Int index) or Map (key). */
    record Index(TExpr target, TExpr index, Type type, Pos pos) implements TExpr {}

    record SetIndex(TExpr target, TExpr index, TExpr value, Pos pos) implements TExpr {
        public Type type() {
            return Type.UNIT;
        }
    }

    record StructNew(TStruct struct, List<TExpr> fields, Type type, Pos pos) implements TExpr {}

    record FieldGet(TExpr target, int index, String field, Type type, Pos pos) implements TExpr {}

    record SetField(TExpr target, int index, String field, TExpr value, Pos pos) implements TExpr {
        public Type type() {
            return Type.UNIT;
        }
    }

    /** An enum value (Option and Result included: enumName "Option"/"Result"). */
    record VariantNew(String enumName, String variant, int index, List<TExpr> args, Type type, Pos pos) implements TExpr {}

    record Arm(TPattern pattern, TExpr guard, TExpr body) {}

    /** Arms are tried in order; the checker has proven exhaustiveness. */
    record Match(TExpr scrutinee, TLocal scrutineeLocal, List<Arm> arms, Type type, Pos pos) implements TExpr {}

    /** Binds the pattern's variables from {@code value}; the pattern is irrefutable. */
    record Destructure(TPattern pattern, TExpr value, Pos pos) implements TExpr {
        public Type type() {
            return Type.UNIT;
        }
    }

    /** `e?`: the Ok/Some payload, or return the Err/None from the function. */
    record Try(TExpr value, Type type, Pos pos) implements TExpr {}

    /** `e.await`: waits for a Task. */
    record Await(TExpr task, Type type, Pos pos) implements TExpr {}
}
