package org.tlang.lang.syntax;

import static org.tlang.lang.syntax.TokenKind.COLON;
import static org.tlang.lang.syntax.TokenKind.COLON_COLON;
import static org.tlang.lang.syntax.TokenKind.COMMA;
import static org.tlang.lang.syntax.TokenKind.DOT_DOT;
import static org.tlang.lang.syntax.TokenKind.DOT_DOT_EQ;
import static org.tlang.lang.syntax.TokenKind.FALSE;
import static org.tlang.lang.syntax.TokenKind.FLOAT;
import static org.tlang.lang.syntax.TokenKind.IDENT;
import static org.tlang.lang.syntax.TokenKind.INT;
import static org.tlang.lang.syntax.TokenKind.LBRACE;
import static org.tlang.lang.syntax.TokenKind.LPAREN;
import static org.tlang.lang.syntax.TokenKind.MINUS;
import static org.tlang.lang.syntax.TokenKind.PIPE;
import static org.tlang.lang.syntax.TokenKind.RBRACE;
import static org.tlang.lang.syntax.TokenKind.RPAREN;
import static org.tlang.lang.syntax.TokenKind.STRING;
import static org.tlang.lang.syntax.TokenKind.TRUE;

import java.util.ArrayList;
import java.util.List;
import org.tlang.tir.Pos;

/** Patterns of `let`, `match` and `for`. */
final class PatternParser {
    private final TokenCursor in;
    private final Parser parser;

    PatternParser(TokenCursor in, Parser parser) {
        this.in = in;
        this.parser = parser;
    }

    Pattern parsePattern() {
        return in.nested(this::parseOr);
    }

    private Pattern parseOr() {
        Pos pos = in.peek().pos();
        Pattern first = parsePatternAtom();
        if (!in.at(PIPE)) return first;
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (in.eat(PIPE)) alts.add(parsePatternAtom());
        return new Pattern.Or(pos, List.copyOf(alts));
    }

    private Pattern parsePatternAtom() {
        Token t = in.peek();
        Pos pos = t.pos();
        switch (t.kind()) {
            case MUT -> {
                in.next();
                return new Pattern.Bind(pos, in.ident("a name"), true);
            }
            case LPAREN -> {
                in.next();
                List<Pattern> items = new ArrayList<>();
                while (!in.at(RPAREN)) {
                    items.add(parsePattern());
                    if (!in.eat(COMMA)) break;
                }
                in.expect(RPAREN, "`)`");
                if (items.size() == 1) return items.getFirst();
                return new Pattern.Tuple(pos, List.copyOf(items));
            }
            case INT, FLOAT, STRING, TRUE, FALSE, MINUS -> {
                Expr lit = parseLiteralForPattern();
                if (in.at(DOT_DOT_EQ) || in.at(DOT_DOT)) {
                    boolean inclusive = in.next().kind() == DOT_DOT_EQ;
                    return new Pattern.Range(pos, lit, parseLiteralForPattern(), inclusive);
                }
                return new Pattern.Literal(pos, lit);
            }
            case IDENT -> {
                in.next();
                if (t.text().equals("_") ) return new Pattern.Wildcard(pos);
                List<String> path = new ArrayList<>();
                path.add(t.text());
                while (in.eat(COLON_COLON)) path.add(in.ident("a variant name"));
                if (in.at(LPAREN)) {
                    in.next();
                    List<Pattern> args = new ArrayList<>();
                    while (!in.at(RPAREN)) {
                        args.add(parsePattern());
                        if (!in.eat(COMMA)) break;
                    }
                    in.expect(RPAREN, "`)`");
                    return new Pattern.Variant(pos, List.copyOf(path), List.copyOf(args));
                }
                if (in.at(LBRACE) && Character.isUpperCase(path.getLast().charAt(0))) {
                    in.next();
                    List<String> names = new ArrayList<>();
                    List<Pattern> fields = new ArrayList<>();
                    boolean rest = false;
                    while (!in.at(RBRACE)) {
                        if (in.eat(DOT_DOT)) {
                            rest = true;
                            break;
                        }
                        Token name = in.expect(IDENT, "a field name");
                        names.add(name.text());
                        fields.add(in.eat(COLON) ? parsePattern() : new Pattern.Bind(name.pos(), name.text(), false));
                        if (!in.eat(COMMA)) break;
                    }
                    in.expect(RBRACE, "`}`");
                    return new Pattern.Struct(pos, List.copyOf(path), List.copyOf(names), List.copyOf(fields), rest);
                }
                if (path.size() > 1 || Character.isUpperCase(t.text().charAt(0))) {
                    return new Pattern.Variant(pos, List.copyOf(path), null);
                }
                return new Pattern.Bind(pos, t.text(), false);
            }
            default -> throw in.error(pos, "expected a pattern, found " + t.describe());
        }
    }

    private Expr parseLiteralForPattern() {
        Pos pos = in.peek().pos();
        if (in.eat(MINUS)) {
            Token t = in.next();
            if (t.kind() == INT) {
                if (t.value() == null) return new Expr.IntLit(pos, Long.MIN_VALUE);
                return new Expr.IntLit(pos, -(Long) t.value());
            }
            if (t.kind() == FLOAT) return new Expr.FloatLit(pos, -(Double) t.value());
            throw in.error(t.pos(), "expected a number after `-` in a pattern");
        }
        Token t = in.peek();
        if (t.kind() == INT || t.kind() == FLOAT || t.kind() == STRING || t.kind() == TRUE || t.kind() == FALSE) {
            return parser.primaries.parsePrimary();
        }
        throw in.error(t.pos(), "expected a literal, found " + t.describe());
    }
}
