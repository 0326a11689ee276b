package org.tlang.lang.syntax;

import java.util.List;
import org.tlang.tir.Pos;

/** A type as written in source. */
public sealed interface TypeRef {
    Pos pos();

    record Named(Pos pos, List<String> path, List<TypeRef> args) implements TypeRef {}

    /** {@code ()} is the empty tuple. */
    record Tuple(Pos pos, List<TypeRef> items) implements TypeRef {}

    record Fn(Pos pos, List<TypeRef> params, TypeRef result) implements TypeRef {}
}
