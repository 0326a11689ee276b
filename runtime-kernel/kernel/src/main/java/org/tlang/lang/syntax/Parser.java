package org.tlang.lang.syntax;

import java.util.List;
import org.tlang.lang.source.Reporter;
import org.tlang.lang.source.SourceFile;

/**
 * Recursive descent for items and statements, precedence climbing for operators. On a syntax
 * error it reports, skips to a likely item or statement boundary and goes on, so one parse can
 * report several errors.
 *
 * <p>The grammar is parsed by one part per role ({@link ItemParser}, {@link BlockParser},
 * {@link ExprParser}, {@link PrimaryParser}, {@link PatternParser}, {@link TypeParser}), all
 * reading one {@link TokenCursor}; they reach each other through this class.
 */
public final class Parser {
    final TokenCursor cursor;
    final ItemParser items;
    final BlockParser blocks;
    final ExprParser exprs;
    final PrimaryParser primaries;
    final PatternParser patterns;
    final TypeParser types;

    public Parser(SourceFile source, Reporter reporter) {
        this(source, reporter, new Lexer(source, reporter).tokenize());
    }

    public Parser(SourceFile source, Reporter reporter, List<Token> tokens) {
        this.cursor = new TokenCursor(source, reporter, tokens);
        this.items = new ItemParser(cursor, this);
        this.blocks = new BlockParser(cursor, this);
        this.exprs = new ExprParser(cursor, this);
        this.primaries = new PrimaryParser(cursor, this);
        this.patterns = new PatternParser(cursor, this);
        this.types = new TypeParser(cursor);
    }

    public static SourceUnit parse(SourceFile source, Reporter reporter) {
        return new Parser(source, reporter).parseUnit();
    }

    public SourceUnit parseUnit() {
        return items.parseUnit();
    }

    public TypeRef parseType() {
        return types.parseType();
    }

    public Expr.Block parseBlock() {
        return blocks.parseBlock();
    }

    public Expr parseExpr() {
        return exprs.parseExpr();
    }

    public Pattern parsePattern() {
        return patterns.parsePattern();
    }
}
