package org.tlang.lang.syntax;

import java.util.List;

import org.tlang.tir.Pos;
import org.tlang.runtime.builtins.PreludeBuiltins;

/**
 * The body of a {@code #[trace]} fn: {@code { #trace("NAME", || -> R { BODY }) }}, the original
 * body as a closure handed to the built-in that opens a span around it. Done in the front end, so
 * every tier runs the same code; a {@code return} or {@code ?} in the body leaves the closure, whose
 * result is the fn's.
 */
final class TracedBody {
    private TracedBody() {}

    static Expr.Block wrap(Pos at, String spanName, TypeRef returnType, Expr.Block body) {
        Expr call = new Expr.Call(at, new Expr.Name(at, List.of(PreludeBuiltins.TRACE), List.of()),
                List.of(new Expr.StrLit(at, List.of(spanName)), new Expr.Closure(at, List.of(), returnType, body)));
        return new Expr.Block(at, List.of(), call);
    }
}
