package org.tlang.tir;

import java.util.List;

/** Patterns of `match` (and destructuring `let`/`for`). */
public sealed interface TPattern {
    record Wildcard() implements TPattern {}

    record Bind(TLocal local) implements TPattern {}

    /** value is a Long, Double, Boolean or String. */
    record Literal(Object value) implements TPattern {}

    record Range(Object from, Object to, boolean inclusive) implements TPattern {}

    record Tuple(List<TPattern> items) implements TPattern {}

    /** Enum variant, including Some/None (enum Option) and Ok/Err (enum Result). */
    record Variant(String enumName, String variant, int index, List<TPattern> args) implements TPattern {}

    record Struct(String structName, List<Integer> fieldIndexes, List<TPattern> fields) implements TPattern {}

    record Or(List<TPattern> alternatives) implements TPattern {}
}
