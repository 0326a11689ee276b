package org.tlang.lang.syntax;

import static org.tlang.lang.syntax.TokenKind.AMP_EQ;
import static org.tlang.lang.syntax.TokenKind.AS;
import static org.tlang.lang.syntax.TokenKind.AWAIT;
import static org.tlang.lang.syntax.TokenKind.BANG;
import static org.tlang.lang.syntax.TokenKind.CARET_EQ;
import static org.tlang.lang.syntax.TokenKind.COMMA;
import static org.tlang.lang.syntax.TokenKind.DOT;
import static org.tlang.lang.syntax.TokenKind.DOT_DOT;
import static org.tlang.lang.syntax.TokenKind.DOT_DOT_EQ;
import static org.tlang.lang.syntax.TokenKind.EQ;
import static org.tlang.lang.syntax.TokenKind.IDENT;
import static org.tlang.lang.syntax.TokenKind.INT;
import static org.tlang.lang.syntax.TokenKind.LBRACKET;
import static org.tlang.lang.syntax.TokenKind.LPAREN;
import static org.tlang.lang.syntax.TokenKind.MINUS;
import static org.tlang.lang.syntax.TokenKind.MINUS_EQ;
import static org.tlang.lang.syntax.TokenKind.PERCENT_EQ;
import static org.tlang.lang.syntax.TokenKind.PIPE_EQ;
import static org.tlang.lang.syntax.TokenKind.PLUS_EQ;
import static org.tlang.lang.syntax.TokenKind.QUESTION;
import static org.tlang.lang.syntax.TokenKind.RBRACKET;
import static org.tlang.lang.syntax.TokenKind.RPAREN;
import static org.tlang.lang.syntax.TokenKind.SHL_EQ;
import static org.tlang.lang.syntax.TokenKind.SHR_EQ;
import static org.tlang.lang.syntax.TokenKind.SLASH_EQ;
import static org.tlang.lang.syntax.TokenKind.STAR_EQ;

import java.util.ArrayList;
import java.util.List;
import org.tlang.tir.Pos;

/** Assignment, ranges, binary operators by precedence climbing, unary operators, casts and postfix forms. */
final class ExprParser {
    private final TokenCursor in;
    private final Parser parser;

    ExprParser(TokenCursor in, Parser parser) {
        this.in = in;
        this.parser = parser;
    }

    Expr parseExpr() {
        return in.nested(this::parseAssign);
    }

    private Expr parseAssign() {
        Expr left = parseRange();
        TokenKind k = in.peek().kind();
        if (k == EQ || k == PLUS_EQ || k == MINUS_EQ || k == STAR_EQ || k == SLASH_EQ || k == PERCENT_EQ
                || k == AMP_EQ || k == PIPE_EQ || k == CARET_EQ || k == SHL_EQ || k == SHR_EQ) {
            Token op = in.next();
            Expr value = parseExpr();
            return new Expr.Assign(op.pos(), op.text(), left, value);
        }
        return left;
    }

    private Expr parseRange() {
        if (in.at(DOT_DOT) || in.at(DOT_DOT_EQ)) {
            throw in.error(in.peek().pos(), "a range needs a start: write `0..n`");
        }
        Expr left = parseBinary(0);
        if (in.at(DOT_DOT) || in.at(DOT_DOT_EQ)) {
            Token op = in.next();
            Expr right = parseBinary(0);
            return new Expr.Range(op.pos(), left, right, op.kind() == DOT_DOT_EQ);
        }
        return left;
    }

    private static int precedence(TokenKind k) {
        return switch (k) {
            case OR_OR -> 1;
            case AND_AND -> 2;
            case EQ_EQ, NE, LT, LE, GT, GE -> 3;
            case PIPE -> 4;
            case CARET -> 5;
            case AMP -> 6;
            case SHL, SHR, SHR_U -> 7;
            case PLUS, MINUS -> 8;
            case STAR, SLASH, PERCENT -> 9;
            default -> -1;
        };
    }

    private Expr parseBinary(int minPrec) {
        Expr left = parseUnary();
        while (true) {
            TokenKind k = in.peek().kind();
            int prec = precedence(k);
            if (prec < 0 || prec < minPrec) break;
            Token op = in.next();
            Expr right = parseBinary(prec + 1);
            if (prec == 3 && precedence(in.peek().kind()) == 3) {
                throw in.error(in.peek().pos(), "comparison operators cannot be chained; use `&&`");
            }
            left = new Expr.Binary(op.pos(), op.text(), left, right);
        }
        return left;
    }

    private Expr parseUnary() {
        Pos pos = in.peek().pos();
        if (in.at(MINUS)) {
            in.next();
            if (in.at(INT) && in.peek().value() == null && in.peek().text().replace("_", "").equals("9223372036854775808")) {
                in.next();
                return parseAsTail(parsePostfixTail(new Expr.IntLit(pos, Long.MIN_VALUE)));
            }
            return new Expr.Unary(pos, "-", operand());
        }
        if (in.at(BANG)) {
            in.next();
            return new Expr.Unary(pos, "!", operand());
        }
        return parseAsTail(parsePostfix());
    }

    /** The operand of a prefix operator: `- - - x` nests like any expression. */
    private Expr operand() {
        return in.nested(this::parseUnary);
    }

    Expr parseAsTail(Expr e) {
        while (in.at(AS)) {
            Token as = in.next();
            e = new Expr.Cast(as.pos(), e, parser.parseType());
        }
        return e;
    }

    private Expr parsePostfix() {
        return parsePostfixTail(parser.primaries.parsePrimary());
    }

    Expr parsePostfixTail(Expr e) {
        while (true) {
            Pos pos = in.peek().pos();
            if (in.at(LPAREN)) {
                e = new Expr.Call(e.pos(), e, parseArgs());
            } else if (in.at(LBRACKET)) {
                in.next();
                Expr index = parseExpr();
                in.expect(RBRACKET, "`]`");
                e = new Expr.Index(pos, e, index);
            } else if (in.at(QUESTION)) {
                in.next();
                e = new Expr.Try(pos, e);
            } else if (in.at(DOT)) {
                in.next();
                if (in.eat(AWAIT)) {
                    e = new Expr.Await(pos, e);
                } else if (in.at(INT)) {
                    Token t = in.next();
                    e = new Expr.Field(t.pos(), e, t.text());
                } else {
                    Token name = in.expect(IDENT, "a field or method name");
                    if (in.at(LPAREN)) {
                        e = new Expr.MethodCall(name.pos(), e, name.text(), parseArgs());
                    } else {
                        e = new Expr.Field(name.pos(), e, name.text());
                    }
                }
            } else {
                return e;
            }
        }
    }

    private List<Expr> parseArgs() {
        in.expect(LPAREN, "`(`");
        boolean saved = in.noStruct;
        in.noStruct = false;
        List<Expr> args = new ArrayList<>();
        while (!in.at(RPAREN)) {
            args.add(parseExpr());
            if (!in.eat(COMMA)) break;
        }
        in.noStruct = saved;
        in.expect(RPAREN, "`)`");
        return List.copyOf(args);
    }

    Expr parseHead() {
        boolean saved = in.noStruct;
        in.noStruct = true;
        try {
            return parseExpr();
        } finally {
            in.noStruct = saved;
        }
    }

    /** Continues an expression whose first operand is already parsed (`match x {..}.len() + 1`). */
    Expr continueExpr(Expr left) {
        while (true) {
            int prec = precedence(in.peek().kind());
            if (prec < 0) break;
            Token op = in.next();
            Expr right = parseBinary(prec + 1);
            left = new Expr.Binary(op.pos(), op.text(), left, right);
        }
        TokenKind k = in.peek().kind();
        if (k == EQ || k == PLUS_EQ || k == MINUS_EQ || k == STAR_EQ || k == SLASH_EQ || k == PERCENT_EQ) {
            Token op = in.next();
            return new Expr.Assign(op.pos(), op.text(), left, parseExpr());
        }
        return left;
    }
}
