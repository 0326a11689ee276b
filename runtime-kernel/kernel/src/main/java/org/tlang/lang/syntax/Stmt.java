package org.tlang.lang.syntax;

import org.tlang.tir.Pos;

public sealed interface Stmt {
    Pos pos();

    /** {@code type} and {@code init} may be null. */
    record Let(Pos pos, Pattern pattern, TypeRef type, Expr init) implements Stmt {}

    record ExprStmt(Pos pos, Expr expr) implements Stmt {}
}
