package org.tlang.lang.check;

import java.util.List;
import org.tlang.tir.TEnum;
import org.tlang.tir.Type;

/** What the checker decided a name, call or method denotes; read by lowering. */
public sealed interface Resolution {
    record Local(LocalVar var) implements Resolution {}

    /**
     * A module's function. {@code callerForm}, if not null, is what a direct call of it from another
     * module calls instead, with the calling module's name first (see {@link ModuleInterface#callerForm}).
     */
    record Function(Symbol.Fn fn, Symbol.Fn callerForm) implements Resolution {
        public Function(Symbol.Fn fn) {
            this(fn, null);
        }
    }

    record Global(Symbol.Global global) implements Resolution {}

    /** A built-in function or method by intrinsic name, e.g. {@code println}, {@code Vec.push}. */
    record Intrinsic(String name) implements Resolution {}

    /** An enum variant (constructor or pattern). */
    record Variant(TEnum decl, int index) implements Resolution {}

    /** A user method called with method syntax: receiver becomes the first argument. */
    record Method(Symbol.Fn fn) implements Resolution {}

    /** A call of a function value (closure or fn-typed local/field). */
    record Indirect() implements Resolution {}

    /** Tuple field access by index. */
    record TupleField(int index) implements Resolution {}

    /** Struct field access. */
    record StructField(org.tlang.tir.TStruct decl, int index) implements Resolution {}

    /** The element types of a `for` iteration or a Try; used where lowering needs more than the node type. */
    record Types(List<Type> types) implements Resolution {}
}
