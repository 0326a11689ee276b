package org.tlang.lang.syntax;

import static org.tlang.lang.syntax.TokenKind.ARROW;
import static org.tlang.lang.syntax.TokenKind.COLON;
import static org.tlang.lang.syntax.TokenKind.COLON_COLON;
import static org.tlang.lang.syntax.TokenKind.COMMA;
import static org.tlang.lang.syntax.TokenKind.ELSE;
import static org.tlang.lang.syntax.TokenKind.EOF;
import static org.tlang.lang.syntax.TokenKind.FAT_ARROW;
import static org.tlang.lang.syntax.TokenKind.IDENT;
import static org.tlang.lang.syntax.TokenKind.IF;
import static org.tlang.lang.syntax.TokenKind.IN;
import static org.tlang.lang.syntax.TokenKind.LBRACE;
import static org.tlang.lang.syntax.TokenKind.LT;
import static org.tlang.lang.syntax.TokenKind.MUT;
import static org.tlang.lang.syntax.TokenKind.OR_OR;
import static org.tlang.lang.syntax.TokenKind.PIPE;
import static org.tlang.lang.syntax.TokenKind.RBRACE;
import static org.tlang.lang.syntax.TokenKind.RBRACKET;
import static org.tlang.lang.syntax.TokenKind.RPAREN;
import static org.tlang.lang.syntax.TokenKind.TRUE;

import java.util.ArrayList;
import java.util.List;
import org.tlang.lang.source.Reporter;
import org.tlang.tir.Pos;

/** Literals, names, struct, vector and map literals, and the control-flow expressions. */
final class PrimaryParser {
    private final TokenCursor in;
    private final Parser parser;

    PrimaryParser(TokenCursor in, Parser parser) {
        this.in = in;
        this.parser = parser;
    }

    Expr parsePrimary() {
        Token t = in.peek();
        Pos pos = t.pos();
        switch (t.kind()) {
            case INT -> {
                in.next();
                if (t.value() == null) throw in.error(pos, "integer literal `" + t.text() + "` is too large for Int");
                return new Expr.IntLit(pos, (Long) t.value());
            }
            case FLOAT -> {
                in.next();
                return new Expr.FloatLit(pos, (Double) t.value());
            }
            case TRUE, FALSE -> {
                in.next();
                return new Expr.BoolLit(pos, t.kind() == TRUE);
            }
            case STRING -> {
                in.next();
                return stringLiteral(t);
            }
            case IDENT -> {
                return parseNameOrStruct();
            }
            case LPAREN -> {
                in.next();
                boolean saved = in.noStruct;
                in.noStruct = false;
                if (in.eat(RPAREN)) {
                    in.noStruct = saved;
                    return new Expr.UnitLit(pos);
                }
                Expr first = parser.parseExpr();
                if (in.eat(RPAREN)) {
                    in.noStruct = saved;
                    return first;
                }
                List<Expr> items = new ArrayList<>();
                items.add(first);
                while (in.eat(COMMA)) {
                    if (in.at(RPAREN)) break;
                    items.add(parser.parseExpr());
                }
                in.expect(RPAREN, "`)`");
                in.noStruct = saved;
                return new Expr.Tuple(pos, List.copyOf(items));
            }
            case LBRACKET -> {
                return parseBracket();
            }
            case LBRACE -> {
                return parser.parseBlock();
            }
            case IF -> {
                return parseIf();
            }
            case WHILE -> {
                in.next();
                Expr cond = parser.exprs.parseHead();
                return new Expr.While(pos, cond, parser.parseBlock());
            }
            case LOOP -> {
                in.next();
                return new Expr.Loop(pos, parser.parseBlock());
            }
            case FOR -> {
                in.next();
                Pattern pat = parser.parsePattern();
                in.expect(IN, "`in`");
                Expr iter = parser.exprs.parseHead();
                return new Expr.For(pos, pat, iter, parser.parseBlock());
            }
            case MATCH -> {
                return parseMatch();
            }
            case PIPE, OR_OR -> {
                return parseClosure();
            }
            case RETURN -> {
                in.next();
                return new Expr.Return(pos, startsExpr() ? parser.parseExpr() : null);
            }
            case BREAK -> {
                in.next();
                return new Expr.Break(pos, startsExpr() ? parser.parseExpr() : null);
            }
            case CONTINUE -> {
                in.next();
                return new Expr.Continue(pos);
            }
            default -> throw in.error(pos, "expected an expression, found " + t.describe());
        }
    }

    private boolean startsExpr() {
        return switch (in.peek().kind()) {
            case SEMI, RBRACE, RPAREN, RBRACKET, COMMA, EOF, FAT_ARROW -> false;
            default -> true;
        };
    }

    private Expr stringLiteral(Token t) {
        List<Object> parts = new ArrayList<>();
        for (Token.StrPart part : t.parts()) {
            switch (part) {
                case Token.StrPart.Text text -> parts.add(text.text());
                case Token.StrPart.Hole hole -> {
                    Reporter reporter = in.reporter();
                    int before = reporter.errorCount();
                    List<Token> sub = new Lexer(in.source(), reporter, hole.source(), hole.pos().line(), hole.pos().column()).tokenize();
                    if (reporter.errorCount() > before) continue;
                    Parser holeParser = new Parser(in.source(), reporter, sub);
                    TokenCursor hc = holeParser.cursor;
                    hc.depth = in.depth;
                    try {
                        Expr e = holeParser.parseExpr();
                        if (!hc.at(EOF)) {
                            throw hc.error(hc.peek().pos(), "unexpected " + hc.peek().describe() + " in string interpolation");
                        }
                        parts.add(e);
                    } catch (SyntaxError err) {
                        // reported
                    }
                }
            }
        }
        return new Expr.StrLit(t.pos(), List.copyOf(parts));
    }

    private Expr parseNameOrStruct() {
        Token first = in.next();
        List<String> path = new ArrayList<>();
        path.add(first.text());
        List<TypeRef> typeArgs = parser.types.tryTypeArgs();
        while (in.at(COLON_COLON)) {
            in.next();
            if (in.at(LT)) {
                typeArgs = parser.types.tryTypeArgs();
                continue;
            }
            path.add(in.ident("a name after `::`"));
            List<TypeRef> more = parser.types.tryTypeArgs();
            if (!more.isEmpty()) typeArgs = more;
        }
        if (in.at(LBRACE) && !in.noStruct && Character.isUpperCase(path.getLast().charAt(0)) && looksLikeStructBody()) {
            return parseStructLit(first.pos(), path);
        }
        return new Expr.Name(first.pos(), List.copyOf(path), typeArgs);
    }

    /** `Name {}` or `Name { ident :` / `Name { ident ,` / `Name { ident }`. */
    private boolean looksLikeStructBody() {
        TokenKind a = in.peekAt(1).kind();
        if (a == RBRACE) return true;
        if (a != IDENT) return false;
        TokenKind b = in.peekAt(2).kind();
        return b == COLON || b == COMMA || b == RBRACE;
    }

    private Expr parseStructLit(Pos pos, List<String> path) {
        in.expect(LBRACE, "`{`");
        List<Expr.FieldInit> fields = new ArrayList<>();
        while (!in.at(RBRACE)) {
            Token name = in.expect(IDENT, "a field name");
            Expr value = in.eat(COLON) ? parser.parseExpr() : new Expr.Name(name.pos(), List.of(name.text()), List.of());
            fields.add(new Expr.FieldInit(name.pos(), name.text(), value));
            if (!in.eat(COMMA)) break;
        }
        in.expect(RBRACE, "`}`");
        return new Expr.StructLit(pos, List.copyOf(path), List.copyOf(fields));
    }

    private Expr parseBracket() {
        Pos pos = in.next().pos();
        boolean saved = in.noStruct;
        in.noStruct = false;
        try {
            if (in.at(COLON) && in.peekAt(1).kind() == RBRACKET) {
                in.next();
                in.next();
                return new Expr.MapLit(pos, List.of(), List.of());
            }
            if (in.eat(RBRACKET)) return new Expr.VecLit(pos, List.of());
            Expr first = parser.parseExpr();
            if (in.eat(COLON)) {
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                keys.add(first);
                values.add(parser.parseExpr());
                while (in.eat(COMMA)) {
                    if (in.at(RBRACKET)) break;
                    keys.add(parser.parseExpr());
                    in.expect(COLON, "`:`");
                    values.add(parser.parseExpr());
                }
                in.expect(RBRACKET, "`]`");
                return new Expr.MapLit(pos, List.copyOf(keys), List.copyOf(values));
            }
            List<Expr> items = new ArrayList<>();
            items.add(first);
            while (in.eat(COMMA)) {
                if (in.at(RBRACKET)) break;
                items.add(parser.parseExpr());
            }
            in.expect(RBRACKET, "`]`");
            return new Expr.VecLit(pos, List.copyOf(items));
        } finally {
            in.noStruct = saved;
        }
    }

    private Expr parseIf() {
        Pos pos = in.next().pos();
        Expr cond = parser.exprs.parseHead();
        Expr.Block then = parser.parseBlock();
        Expr otherwise = null;
        if (in.eat(ELSE)) {
            otherwise = in.at(IF) ? elseIf() : parser.parseBlock();
        }
        return new Expr.If(pos, cond, then, otherwise);
    }

    /** `else if`: a chain of them nests like any expression. */
    private Expr elseIf() {
        return in.nested(this::parseIf);
    }

    private Expr parseMatch() {
        Pos pos = in.next().pos();
        Expr scrutinee = parser.exprs.parseHead();
        in.expect(LBRACE, "`{`");
        boolean saved = in.noStruct;
        in.noStruct = false;
        List<Expr.Arm> arms = new ArrayList<>();
        while (!in.at(RBRACE) && !in.at(EOF)) {
            Pos apos = in.peek().pos();
            Pattern pat = parser.parsePattern();
            Expr guard = in.eat(IF) ? parser.parseExpr() : null;
            in.expect(FAT_ARROW, "`=>`");
            Expr body = parser.parseExpr();
            arms.add(new Expr.Arm(apos, pat, guard, body));
            if (!in.eat(COMMA) && !Expr.isBlockLike(body)) {
                if (!in.at(RBRACE)) throw in.error(in.peek().pos(), "expected `,` or `}` after a match arm, found " + in.peek().describe());
            }
        }
        in.noStruct = saved;
        in.expect(RBRACE, "`}`");
        return new Expr.Match(pos, scrutinee, List.copyOf(arms));
    }

    private Expr parseClosure() {
        Pos pos = in.peek().pos();
        List<Expr.Param> params = new ArrayList<>();
        if (!in.eat(OR_OR)) {
            in.expect(PIPE, "`|`");
            while (!in.at(PIPE)) {
                Pos ppos = in.peek().pos();
                boolean mut = in.eat(MUT);
                String name = in.ident("parameter name");
                TypeRef type = in.eat(COLON) ? parser.parseType() : null;
                params.add(new Expr.Param(ppos, name, type, mut));
                if (!in.eat(COMMA)) break;
            }
            in.expect(PIPE, "`|`");
        }
        TypeRef ret = null;
        Expr body;
        if (in.eat(ARROW)) {
            ret = parser.parseType();
            body = parser.parseBlock();
        } else {
            body = parser.parseExpr();
        }
        return new Expr.Closure(pos, List.copyOf(params), ret, body);
    }
}
