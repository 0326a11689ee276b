package org.tlang.modules;

import java.util.List;

import org.tlang.lang.source.Reporter;
import org.tlang.lang.source.SourceFile;
import org.tlang.lang.syntax.Lexer;
import org.tlang.lang.syntax.Token;
import org.tlang.lang.syntax.TokenKind;

/**
 * Where one function's definition stands in a module's source: a top-level {@code fn name} or,
 * for {@code Type::name}, a {@code fn name} inside an {@code impl Type} block: where
 * {@link FunctionPatch} puts the new definition in the text of a patched version.
 */
final class FunctionSource {
    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the source. */
    record Span(int start, int end) {}

    private FunctionSource() {}

    /** The span of {@code function}'s definition, with its attributes, {@code pub} and {@code async}; null if absent. */
    static Span find(String source, String function) {
        String type = function.contains("::") ? function.substring(0, function.indexOf("::")) : null;
        String name = type == null ? function : function.substring(function.indexOf("::") + 2);
        List<Token> tokens = new Lexer(SourceFile.of("patch", source), new Reporter()).tokenize();
        int[] lineStarts = lineStarts(source);
        int depth = 0;
        String implType = null;
        int implDepth = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.kind()) {
                case IMPL -> {
                    if (depth == 0) implType = implTarget(tokens, i + 1);
                }
                case LBRACE -> {
                    if (implType != null && implDepth < 0 && depth == 0) implDepth = 1;
                    depth++;
                }
                case RBRACE -> {
                    depth--;
                    if (depth == 0) {
                        implType = null;
                        implDepth = -1;
                    }
                }
                case FN -> {
                    boolean here = type == null ? depth == 0 : depth == 1 && type.equals(implType);
                    if (here && i + 1 < tokens.size() && tokens.get(i + 1).kind() == TokenKind.IDENT
                            && tokens.get(i + 1).text().equals(name)) {
                        int first = firstModifier(tokens, i);
                        int end = bodyEnd(tokens, i);
                        if (end < 0) return null;
                        Token last = tokens.get(end);
                        return new Span(offset(lineStarts, tokens.get(first)), offset(lineStarts, last) + last.text().length());
                    }
                }
                default -> { }
            }
        }
        return null;
    }

    /** {@code impl<T> Stack<T>} and {@code impl Point}: the first identifier after the generics. */
    private static String implTarget(List<Token> tokens, int i) {
        int angle = 0;
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.LT) angle++;
            else if (t.kind() == TokenKind.GT) angle--;
            else if (angle == 0 && t.kind() == TokenKind.IDENT) return t.text();
            else if (t.kind() == TokenKind.LBRACE) return null;
        }
        return null;
    }

    private static int firstModifier(List<Token> tokens, int fn) {
        int i = fn;
        while (i > 0 && (tokens.get(i - 1).kind() == TokenKind.PUB || tokens.get(i - 1).kind() == TokenKind.ASYNC)) i--;
        return i;
    }

    /** The index of the {@code }} that closes the function's body. */
    private static int bodyEnd(List<Token> tokens, int fn) {
        int i = fn;
        while (i < tokens.size() && tokens.get(i).kind() != TokenKind.LBRACE) i++;
        int depth = 0;
        for (; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == TokenKind.LBRACE) depth++;
            else if (tokens.get(i).kind() == TokenKind.RBRACE && --depth == 0) return i;
        }
        return -1;
    }

    private static int[] lineStarts(String source) {
        int[] starts = new int[(int) source.chars().filter(c -> c == '\n').count() + 2];
        int line = 1;
        starts[1] = 0;
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') starts[++line] = i + 1;
        }
        return starts;
    }

    /** Columns count characters from 1 within a line. */
    private static int offset(int[] lineStarts, Token t) {
        return lineStarts[t.pos().line()] + t.pos().column() - 1;
    }
}
