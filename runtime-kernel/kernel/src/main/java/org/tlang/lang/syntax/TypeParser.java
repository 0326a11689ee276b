package org.tlang.lang.syntax;

import static org.tlang.lang.syntax.TokenKind.ARROW;
import static org.tlang.lang.syntax.TokenKind.COLON_COLON;
import static org.tlang.lang.syntax.TokenKind.COMMA;
import static org.tlang.lang.syntax.TokenKind.DOT;
import static org.tlang.lang.syntax.TokenKind.FN;
import static org.tlang.lang.syntax.TokenKind.GT;
import static org.tlang.lang.syntax.TokenKind.IDENT;
import static org.tlang.lang.syntax.TokenKind.LPAREN;
import static org.tlang.lang.syntax.TokenKind.LT;
import static org.tlang.lang.syntax.TokenKind.RPAREN;
import static org.tlang.lang.syntax.TokenKind.SHR;
import static org.tlang.lang.syntax.TokenKind.SHR_U;

import java.util.ArrayList;
import java.util.List;
import org.tlang.lang.source.Reporter;
import org.tlang.tir.Pos;

/** Type references, and the explicit type arguments an expression may give (`chan<Int>()`). */
final class TypeParser {
    private final TokenCursor in;

    TypeParser(TokenCursor in) {
        this.in = in;
    }

    TypeRef parseType() {
        return in.nested(this::parseTypeHere);
    }

    private TypeRef parseTypeHere() {
        Pos pos = in.peek().pos();
        if (in.eat(LPAREN)) {
            List<TypeRef> items = new ArrayList<>();
            while (!in.at(RPAREN)) {
                items.add(parseType());
                if (!in.eat(COMMA)) break;
            }
            in.expect(RPAREN, "`)`");
            if (items.size() == 1) return items.getFirst();
            return new TypeRef.Tuple(pos, List.copyOf(items));
        }
        if (in.eat(FN)) {
            in.expect(LPAREN, "`(`");
            List<TypeRef> params = new ArrayList<>();
            while (!in.at(RPAREN)) {
                params.add(parseType());
                if (!in.eat(COMMA)) break;
            }
            in.expect(RPAREN, "`)`");
            TypeRef ret = in.eat(ARROW) ? parseType() : new TypeRef.Tuple(pos, List.of());
            return new TypeRef.Fn(pos, List.copyOf(params), ret);
        }
        List<String> path = new ArrayList<>();
        path.add(in.ident("a type"));
        while (in.at(DOT) && in.peekAt(1).kind() == IDENT) {
            in.next();
            path.add(in.next().text());
        }
        List<TypeRef> args = new ArrayList<>();
        if (in.eat(LT)) {
            while (!in.at(GT) && !in.at(SHR) && !in.at(SHR_U)) {
                args.add(parseType());
                if (!in.eat(COMMA)) break;
            }
            closeAngle();
        }
        return new TypeRef.Named(pos, List.copyOf(path), List.copyOf(args));
    }

    /** Consumes one `>`, splitting `>>` and `>>>` as nested generics need. */
    private void closeAngle() {
        Token t = in.peek();
        if (t.kind() == SHR || t.kind() == SHR_U) {
            TokenKind rest = t.kind() == SHR ? GT : SHR;
            in.replaceCurrent(new Token(rest, rest.text, new Pos(t.pos().line(), t.pos().column() + 1), null));
            return;
        }
        in.expect(GT, "`>`");
    }

    /** After an identifier in an expression: `<Types>` followed by `(` or `::`, else nothing. */
    List<TypeRef> tryTypeArgs() {
        if (!in.at(LT)) return List.of();
        int save = in.position();
        int depth = 0;
        int j = in.position();
        while (j < in.size()) {
            TokenKind k = in.kindAt(j);
            if (k == LT) depth++;
            else if (k == GT) depth--;
            else if (k == SHR) depth -= 2;
            else if (k != IDENT && k != COMMA && k != LPAREN && k != RPAREN && k != DOT && k != FN && k != ARROW) return List.of();
            j++;
            if (depth <= 0) break;
        }
        if (depth != 0 || j >= in.size()) return List.of();
        TokenKind after = in.kindAt(j);
        if (after != LPAREN && after != COLON_COLON) return List.of();
        Reporter quiet = new Reporter();
        try {
            TokenCursor sub = in.fork(quiet);
            sub.seek(in.position() + 1);
            TypeParser subTypes = new TypeParser(sub);
            List<TypeRef> args = new ArrayList<>();
            while (sub.peek().kind() != GT) {
                args.add(subTypes.parseType());
                if (!sub.eat(COMMA)) break;
            }
            sub.expect(GT, "`>`");
            if (quiet.hasErrors()) return List.of();
            in.seek(sub.position());
            return List.copyOf(args);
        } catch (SyntaxError e) {
            in.seek(save);
            return List.of();
        }
    }
}
