package org.tlang.lang.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tlang.tir.Pos;
import org.tlang.lang.source.Reporter;
import org.tlang.lang.source.SourceFile;

/** Turns source text into tokens. Errors go to the reporter; lexing always reaches EOF. */
public final class Lexer {
    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();
    private static final List<TokenKind> PUNCTUATION = new ArrayList<>();

    static {
        for (TokenKind k : TokenKind.values()) {
            if (k.text == null) continue;
            if (k.isKeyword()) KEYWORDS.put(k.text, k);
            else PUNCTUATION.add(k);
        }
        PUNCTUATION.sort((a, b) -> b.text.length() - a.text.length());
    }

    private final SourceFile source;
    private final Reporter reporter;
    private final String text;
    private int i;
    private int line;
    private int col;
    private final List<Token> tokens = new ArrayList<>();

    public Lexer(SourceFile source, Reporter reporter) {
        this(source, reporter, source.text(), 1, 1);
    }

    /** Lexes {@code text}, a fragment of {@code source} starting at {@code line}:{@code col}. */
    public Lexer(SourceFile source, Reporter reporter, String text, int line, int col) {
        this.source = source;
        this.reporter = reporter;
        this.text = text;
        this.line = line;
        this.col = col;
    }

    public List<Token> tokenize() {
        while (true) {
            skipTrivia();
            if (i >= text.length()) {
                tokens.add(new Token(TokenKind.EOF, "", new Pos(line, col), null));
                return tokens;
            }
            lexToken();
        }
    }

    private char peek(int ahead) {
        int j = i + ahead;
        return j < text.length() ? text.charAt(j) : '\0';
    }

    private char advance() {
        char c = text.charAt(i++);
        if (c == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        return c;
    }

    private void skipTrivia() {
        while (i < text.length()) {
            char c = peek(0);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                advance();
            } else if (c == '/' && peek(1) == '/') {
                while (i < text.length() && peek(0) != '\n') advance();
            } else if (c == '/' && peek(1) == '*') {
                Pos start = new Pos(line, col);
                advance();
                advance();
                int depth = 1;
                while (i < text.length() && depth > 0) {
                    if (peek(0) == '*' && peek(1) == '/') {
                        advance();
                        advance();
                        depth--;
                    } else if (peek(0) == '/' && peek(1) == '*') {
                        advance();
                        advance();
                        depth++;
                    } else {
                        advance();
                    }
                }
                if (depth > 0) reporter.error(source, start, "unterminated block comment");
            } else {
                return;
            }
        }
    }

    private void lexToken() {
        Pos pos = new Pos(line, col);
        int start = i;
        char c = peek(0);
        if (c == 'r' && peek(1) == '"') {
            advance();
            lexRawString(pos);
        } else if (isIdentStart(c)) {
            while (i < text.length() && (isIdentStart(peek(0)) || (peek(0) >= '0' && peek(0) <= '9'))) advance();
            String word = text.substring(start, i);
            TokenKind kw = KEYWORDS.get(word);
            tokens.add(new Token(kw != null ? kw : TokenKind.IDENT, word, pos, null));
        } else if (Character.isDigit(c)) {
            lexNumber(pos, start);
        } else if (c == '"') {
            lexString(pos);
        } else {
            for (TokenKind k : PUNCTUATION) {
                if (text.startsWith(k.text, i)) {
                    for (int n = 0; n < k.text.length(); n++) advance();
                    tokens.add(new Token(k, k.text, pos, null));
                    return;
                }
            }
            advance();
            reporter.error(source, pos, "unexpected character `" + c + "`");
        }
    }

    /** Identifiers are ASCII: {@code [A-Za-z_][A-Za-z0-9_]*}. */
    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private void lexNumber(Pos pos, int start) {
        boolean afterDot = !tokens.isEmpty() && tokens.getLast().kind() == TokenKind.DOT;
        if (peek(0) == '0' && (peek(1) == 'x' || peek(1) == 'b' || peek(1) == 'o')) {
            int radix = peek(1) == 'x' ? 16 : peek(1) == 'b' ? 2 : 8;
            advance();
            advance();
            int digits = i;
            while (i < text.length() && (Character.digit(peek(0), radix) >= 0 || peek(0) == '_')) advance();
            String body = text.substring(digits, i).replace("_", "");
            Long value = null;
            try {
                value = body.isEmpty() ? null : Long.parseUnsignedLong(body, radix);
            } catch (NumberFormatException e) {
                // reported below
            }
            if (value == null) {
                reporter.error(source, pos, "invalid integer literal `" + text.substring(start, i) + "`");
            } else if (value < 0) {
                reporter.error(source, pos, "integer literal `" + text.substring(start, i) + "` is too large for Int");
                value = 0L;
            }
            tokens.add(new Token(TokenKind.INT, text.substring(start, i), pos, value == null ? 0L : value));
            return;
        }
        while (i < text.length() && (Character.isDigit(peek(0)) || peek(0) == '_')) advance();
        boolean isFloat = false;
        // `t.0.1` is two tuple indexes, `0..n` is a range, `1.max(2)` is a method call
        if (!afterDot && peek(0) == '.' && Character.isDigit(peek(1))) {
            isFloat = true;
            advance();
            while (i < text.length() && (Character.isDigit(peek(0)) || peek(0) == '_')) advance();
        }
        if (!afterDot && (peek(0) == 'e' || peek(0) == 'E')
                && (Character.isDigit(peek(1)) || ((peek(1) == '-' || peek(1) == '+') && Character.isDigit(peek(2))))) {
            isFloat = true;
            advance();
            if (peek(0) == '-' || peek(0) == '+') advance();
            while (i < text.length() && Character.isDigit(peek(0))) advance();
        }
        String lexeme = text.substring(start, i);
        String clean = lexeme.replace("_", "");
        if (isFloat) {
            tokens.add(new Token(TokenKind.FLOAT, lexeme, pos, Double.parseDouble(clean)));
        } else {
            Long value;
            try {
                value = Long.parseLong(clean);
            } catch (NumberFormatException e) {
                value = null; // may be -9223372036854775808; the parser decides
            }
            tokens.add(new Token(TokenKind.INT, lexeme, pos, value));
        }
    }

    private void lexRawString(Pos pos) {
        advance(); // opening quote
        StringBuilder sb = new StringBuilder();
        while (i < text.length() && peek(0) != '"') sb.append(advance());
        if (i >= text.length()) {
            reporter.error(source, pos, "unterminated string literal");
        } else {
            advance();
        }
        tokens.add(new Token(TokenKind.STRING, "r\"" + sb + "\"", pos, List.of(new Token.StrPart.Text(sb.toString()))));
    }

    private void lexString(Pos pos) {
        advance(); // opening quote
        List<Token.StrPart> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (i >= text.length()) {
                reporter.error(source, pos, "unterminated string literal");
                break;
            }
            char c = peek(0);
            if (c == '"') {
                advance();
                break;
            }
            if (c == '\\') {
                Pos escPos = new Pos(line, col);
                advance();
                lexEscape(sb, escPos);
            } else if (c == '{' && peek(1) == '{') {
                advance();
                advance();
                sb.append('{');
            } else if (c == '}' && peek(1) == '}') {
                advance();
                advance();
                sb.append('}');
            } else if (c == '{') {
                advance();
                Pos holePos = new Pos(line, col);
                int holeStart = i;
                int depth = 1;
                while (i < text.length() && peek(0) != '\n') {
                    char h = peek(0);
                    if (h == '{') depth++;
                    if (h == '}' && --depth == 0) break;
                    if (h == '"') {
                        // a string literal inside the hole: skip it whole
                        advance();
                        while (i < text.length() && peek(0) != '"' && peek(0) != '\n') {
                            if (peek(0) == '\\') advance();
                            if (i < text.length()) advance();
                        }
                        if (peek(0) != '"') break;
                    }
                    advance();
                }
                if (peek(0) != '}') {
                    reporter.error(source, holePos, "unterminated `{` in string interpolation (write `{{` for a literal brace)");
                    continue;
                }
                String hole = text.substring(holeStart, i);
                advance();
                if (hole.isBlank()) {
                    reporter.error(source, holePos, "empty `{}` in string interpolation (write `{{` for a literal brace)");
                    continue;
                }
                if (!sb.isEmpty()) {
                    parts.add(new Token.StrPart.Text(sb.toString()));
                    sb.setLength(0);
                }
                parts.add(new Token.StrPart.Hole(hole, holePos));
            } else if (c == '}') {
                reporter.error(source, new Pos(line, col), "unmatched `}` in string literal (write `}}` for a literal brace)");
                advance();
            } else {
                sb.append(advance());
            }
        }
        if (!sb.isEmpty() || parts.isEmpty()) parts.add(new Token.StrPart.Text(sb.toString()));
        tokens.add(new Token(TokenKind.STRING, "\"", pos, List.copyOf(parts)));
    }

    private void lexEscape(StringBuilder sb, Pos pos) {
        if (i >= text.length()) return;
        char e = advance();
        switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case '\\' -> sb.append('\\');
            case '"' -> sb.append('"');
            case '0' -> sb.append('\0');
            case '{' -> sb.append('{');
            case '}' -> sb.append('}');
            case 'u' -> {
                if (peek(0) != '{') {
                    reporter.error(source, pos, "invalid unicode escape: expected `\\u{...}`");
                    return;
                }
                advance();
                int start = i;
                while (i < text.length() && peek(0) != '}' && peek(0) != '"') advance();
                String hex = text.substring(start, i);
                if (peek(0) == '}') advance();
                try {
                    int cp = Integer.parseInt(hex, 16);
                    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                        reporter.error(source, pos, "invalid unicode escape `\\u{" + hex + "}`: not a Unicode scalar value");
                    } else {
                        sb.appendCodePoint(cp);
                    }
                } catch (IllegalArgumentException ex) {
                    reporter.error(source, pos, "invalid unicode escape `\\u{" + hex + "}`");
                }
            }
            default -> reporter.error(source, pos, "unknown escape `\\" + e + "`");
        }
    }
}
