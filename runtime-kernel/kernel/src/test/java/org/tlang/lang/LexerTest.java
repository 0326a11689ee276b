package org.tlang.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlang.tir.Pos;
import org.tlang.lang.source.Reporter;
import org.tlang.lang.source.SourceFile;
import org.tlang.lang.syntax.Lexer;
import org.tlang.lang.syntax.Token;
import org.tlang.lang.syntax.TokenKind;

class LexerTest {
    private final Reporter reporter = new Reporter();

    private List<Token> lex(String text) {
        return new Lexer(SourceFile.of("t.t", text), reporter).tokenize();
    }

    private List<TokenKind> kinds(String text) {
        return lex(text).stream().map(Token::kind).toList();
    }

    @Test
    void keywordsIdentifiersAndPunctuation() {
        assertEquals(List.of(TokenKind.PUB, TokenKind.FN, TokenKind.IDENT, TokenKind.LPAREN, TokenKind.RPAREN, TokenKind.ARROW,
                TokenKind.IDENT, TokenKind.LBRACE, TokenKind.RBRACE, TokenKind.EOF), kinds("pub fn f() -> Int {}"));
        assertEquals(List.of(TokenKind.SHR_U, TokenKind.DOT_DOT_EQ, TokenKind.COLON_COLON, TokenKind.PLUS_EQ, TokenKind.FAT_ARROW,
                TokenKind.EOF), kinds(">>> ..= :: += =>"));
    }

    @Test
    void numbers() {
        List<Token> ts = lex("42 0xff 0b1010 1_000_000 3.14 1e-9 2.5e3");
        assertEquals(42L, ts.get(0).value());
        assertEquals(255L, ts.get(1).value());
        assertEquals(10L, ts.get(2).value());
        assertEquals(1_000_000L, ts.get(3).value());
        assertEquals(3.14, ts.get(4).value());
        assertEquals(1e-9, ts.get(5).value());
        assertEquals(2500.0, ts.get(6).value());
        assertEquals(TokenKind.FLOAT, ts.get(6).kind());
    }

    @Test
    void rangeAndTupleIndexAreNotFloats() {
        assertEquals(List.of(TokenKind.INT, TokenKind.DOT_DOT, TokenKind.IDENT, TokenKind.EOF), kinds("0..n"));
        assertEquals(List.of(TokenKind.IDENT, TokenKind.DOT, TokenKind.INT, TokenKind.DOT, TokenKind.INT, TokenKind.EOF), kinds("t.0.1"));
    }

    @Test
    void stringsWithEscapesAndInterpolation() {
        Token t = lex("\"a\\n\\u{1F600} {x + 1} {{lit}}\"").getFirst();
        assertEquals(TokenKind.STRING, t.kind());
        assertEquals(List.of(new Token.StrPart.Text("a\n\uD83D\uDE00 "), new Token.StrPart.Hole("x + 1", new Pos(1, 16)),
                new Token.StrPart.Text(" {lit}")), t.parts());
        Token raw = lex("r\"no {x} \\n\"").getFirst();
        assertEquals(List.of(new Token.StrPart.Text("no {x} \\n")), raw.parts());
        assertTrue(!reporter.hasErrors());
    }

    @Test
    void commentsAreSkippedAndPositionsTracked() {
        List<Token> ts = lex("// line\n/* block /* nested */ */ x\n  y");
        assertEquals(new Pos(2, 26), ts.get(0).pos());
        assertEquals(new Pos(3, 3), ts.get(1).pos());
    }

    @Test
    void errorsAreReported() {
        lex("\"open");
        lex("let a = $;");
        assertEquals(2, reporter.errorCount());
        assertEquals("unterminated string literal", reporter.diagnostics().get(0).message());
        assertEquals("unexpected character `$`", reporter.diagnostics().get(1).message());
    }
}
