package org.tlang.lang.syntax;

import java.util.List;
import org.tlang.tir.Pos;

public sealed interface Pattern {
    Pos pos();

    record Wildcard(Pos pos) implements Pattern {}

    record Bind(Pos pos, String name, boolean mutable) implements Pattern {}

    /** A literal: an Int, Float, Bool or Str literal expression (possibly negative). */
    record Literal(Pos pos, Expr value) implements Pattern {}

    record Range(Pos pos, Expr from, Expr to, boolean inclusive) implements Pattern {}

    record Tuple(Pos pos, List<Pattern> items) implements Pattern {}

    /** {@code Shape::Circle(r)}, {@code Some(x)}, {@code None}; {@code args} null when written bare. */
    record Variant(Pos pos, List<String> path, List<Pattern> args) implements Pattern {}

    /** {@code Point { x, y: 0.0 }}; {@code rest} when it ends with {@code ..}. */
    record Struct(Pos pos, List<String> path, List<String> names, List<Pattern> fields, boolean rest) implements Pattern {}

    record Or(Pos pos, List<Pattern> alternatives) implements Pattern {}
}
