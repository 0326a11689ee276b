package org.tlang.lang.syntax;

import static org.tlang.lang.syntax.TokenKind.EOF;
import static org.tlang.lang.syntax.TokenKind.IDENT;

import java.util.List;
import org.tlang.lang.source.Reporter;
import org.tlang.lang.source.SourceFile;
import org.tlang.tir.Pos;

/** The parser's position in the token list, shared by every part of one parse. */
final class TokenCursor {
    /**
     * How deeply expressions, types and patterns may nest (docs/language.md, "Limits"): every later
     * phase walks the tree recursively, and this depth fits all of them on the compiler's stack.
     */
    static final int MAX_NESTING = 20_000;

    private final SourceFile source;
    private final Reporter reporter;
    private final List<Token> tokens;
    private int p;
    /** In `if`/`while`/`match`/`for` heads, `Name {` is not a struct literal. */
    boolean noStruct;
    /** The nesting depth here: expressions, types and patterns being parsed around this point. */
    int depth;

    TokenCursor(SourceFile source, Reporter reporter, List<Token> tokens) {
        this.source = source;
        this.reporter = reporter;
        this.tokens = tokens;
    }

    SourceFile source() {
        return source;
    }

    Reporter reporter() {
        return reporter;
    }

    /** A cursor at the same place over the same tokens (so a split `>>` is seen by both), reporting to {@code to}. */
    TokenCursor fork(Reporter to) {
        TokenCursor c = new TokenCursor(source, to, tokens);
        c.p = p;
        c.depth = depth;
        return c;
    }

    int position() {
        return p;
    }

    void seek(int position) {
        p = position;
    }

    int size() {
        return tokens.size();
    }

    TokenKind kindAt(int index) {
        return tokens.get(index).kind();
    }

    void replaceCurrent(Token t) {
        tokens.set(p, t);
    }

    Token peek() {
        return tokens.get(p);
    }

    Token peekAt(int ahead) {
        return tokens.get(Math.min(p + ahead, tokens.size() - 1));
    }

    boolean at(TokenKind k) {
        return peek().kind() == k;
    }

    boolean atIdent(String word) {
        return at(IDENT) && peek().text().equals(word);
    }

    Token next() {
        Token t = tokens.get(p);
        if (t.kind() != EOF) p++;
        return t;
    }

    boolean eat(TokenKind k) {
        if (at(k)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(TokenKind k, String what) {
        if (at(k)) return next();
        throw error(peek().pos(), "expected " + what + ", found " + peek().describe());
    }

    String ident(String what) {
        return expect(IDENT, what).text();
    }

    /**
     * Runs {@code parse} one nesting level deeper, at the current token; past {@link #MAX_NESTING}
     * the parse of this statement stops with an error there.
     */
    <T> T nested(java.util.function.Supplier<T> parse) {
        if (depth >= MAX_NESTING) {
            throw error(peek().pos(), "nesting too deep: more than " + MAX_NESTING + " nested expressions, types or patterns");
        }
        depth++;
        try {
            return parse.get();
        } finally {
            depth--;
        }
    }

    /** Reports without unwinding. */
    void report(Pos pos, String message) {
        reporter.error(source, pos, message);
    }

    SyntaxError error(Pos pos, String message) {
        report(pos, message);
        return new SyntaxError();
    }
}
