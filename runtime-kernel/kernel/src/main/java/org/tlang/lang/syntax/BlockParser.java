package org.tlang.lang.syntax;

import static org.tlang.lang.syntax.TokenKind.COLON;
import static org.tlang.lang.syntax.TokenKind.DOT;
import static org.tlang.lang.syntax.TokenKind.EOF;
import static org.tlang.lang.syntax.TokenKind.EQ;
import static org.tlang.lang.syntax.TokenKind.FN;
import static org.tlang.lang.syntax.TokenKind.LBRACE;
import static org.tlang.lang.syntax.TokenKind.LET;
import static org.tlang.lang.syntax.TokenKind.QUESTION;
import static org.tlang.lang.syntax.TokenKind.RBRACE;
import static org.tlang.lang.syntax.TokenKind.SEMI;

import java.util.ArrayList;
import java.util.List;
import org.tlang.tir.Pos;

/** Blocks and the statements in them; recovers at statement boundaries. */
final class BlockParser {
    private final TokenCursor in;
    private final Parser parser;

    BlockParser(TokenCursor in, Parser parser) {
        this.in = in;
        this.parser = parser;
    }

    Expr.Block parseBlock() {
        return in.nested(this::parseBlockHere);
    }

    private Expr.Block parseBlockHere() {
        Pos pos = in.expect(LBRACE, "`{`").pos();
        boolean savedNoStruct = in.noStruct;
        in.noStruct = false;
        List<Stmt> stmts = new ArrayList<>();
        Expr result = null;
        while (!in.at(RBRACE) && !in.at(EOF)) {
            int start = in.position();
            try {
                if (result != null) {
                    stmts.add(new Stmt.ExprStmt(result.pos(), result));
                    result = null;
                }
                if (in.eat(SEMI)) continue;
                if (in.at(LET)) {
                    stmts.add(parseLet());
                    continue;
                }
                Expr e;
                if (startsBlockLike()) {
                    // like Rust, `if`/`match`/`for`/`while`/`loop`/`{}` in statement position ends at its
                    // `}`: `for x in v { .. } -1` is two expressions; `.method()` and `?` may still follow
                    e = parser.primaries.parsePrimary();
                    if (in.at(DOT) || in.at(QUESTION)) e = parser.exprs.parseAsTail(parser.exprs.parsePostfixTail(e));
                    if (!Expr.isBlockLike(e) && !in.at(SEMI) && !in.at(RBRACE)) e = parser.exprs.continueExpr(e);
                } else {
                    e = parser.parseExpr();
                }
                if (in.eat(SEMI)) {
                    stmts.add(new Stmt.ExprStmt(e.pos(), e));
                } else if (in.at(RBRACE)) {
                    result = e;
                } else if (Expr.isBlockLike(e)) {
                    stmts.add(new Stmt.ExprStmt(e.pos(), e));
                } else {
                    throw in.error(in.peek().pos(), "expected `;` or `}`, found " + in.peek().describe());
                }
            } catch (SyntaxError err) {
                if (in.position() == start) in.next();
                syncToStatement();
            }
        }
        in.noStruct = savedNoStruct;
        in.expect(RBRACE, "`}`");
        return new Expr.Block(pos, List.copyOf(stmts), result);
    }

    private boolean startsBlockLike() {
        return switch (in.peek().kind()) {
            case IF, MATCH, FOR, WHILE, LOOP, LBRACE -> true;
            default -> false;
        };
    }

    private void syncToStatement() {
        int depth = 0;
        while (!in.at(EOF)) {
            TokenKind k = in.peek().kind();
            if (k == LBRACE) depth++;
            if (k == RBRACE) {
                if (depth == 0) return;
                depth--;
            }
            if (k == SEMI && depth == 0) {
                in.next();
                return;
            }
            if (depth == 0 && (k == LET || k == FN)) return;
            in.next();
        }
    }

    private Stmt parseLet() {
        Pos pos = in.next().pos();
        Pattern pattern = parser.parsePattern();
        TypeRef type = in.eat(COLON) ? parser.parseType() : null;
        Expr init = in.eat(EQ) ? parser.parseExpr() : null;
        in.expect(SEMI, "`;`");
        return new Stmt.Let(pos, pattern, type, init);
    }
}
