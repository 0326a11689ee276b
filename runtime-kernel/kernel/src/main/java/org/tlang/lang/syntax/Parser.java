package org.tlang.lang.syntax;

import static org.tlang.lang.syntax.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.tlang.tir.Pos;
import org.tlang.lang.source.Reporter;
import org.tlang.lang.source.SourceFile;

/**
 * Recursive descent for items and statements, precedence climbing for operators. On a syntax
 * error it reports, skips to a likely item or statement boundary and goes on, so one parse can
 * report several errors.
 */
public final class Parser {
    private static final class SyntaxError extends RuntimeException {
        SyntaxError() {
            super(null, null, false, false);
        }
    }

    private final SourceFile source;
    private final Reporter reporter;
    private final List<Token> tokens;
    private int p;
    /** In `if`/`while`/`match`/`for` heads, `Name {` is not a struct literal. */
    private boolean noStruct;

    public Parser(SourceFile source, Reporter reporter) {
        this(source, reporter, new Lexer(source, reporter).tokenize());
    }

    public Parser(SourceFile source, Reporter reporter, List<Token> tokens) {
        this.source = source;
        this.reporter = reporter;
        this.tokens = tokens;
    }

    public static SourceUnit parse(SourceFile source, Reporter reporter) {
        return new Parser(source, reporter).parseUnit();
    }

    // ---- token helpers

    private Token peek() {
        return tokens.get(p);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(p + ahead, tokens.size() - 1));
    }

    private boolean at(TokenKind k) {
        return peek().kind() == k;
    }

    private boolean atIdent(String word) {
        return at(IDENT) && peek().text().equals(word);
    }

    private Token next() {
        Token t = tokens.get(p);
        if (t.kind() != EOF) p++;
        return t;
    }

    private boolean eat(TokenKind k) {
        if (at(k)) {
            next();
            return true;
        }
        return false;
    }

    private Token expect(TokenKind k, String what) {
        if (at(k)) return next();
        throw error(peek().pos(), "expected " + what + ", found " + peek().describe());
    }

    private String ident(String what) {
        return expect(IDENT, what).text();
    }

    private SyntaxError error(Pos pos, String message) {
        reporter.error(source, pos, message);
        return new SyntaxError();
    }

    // ---- items

    public SourceUnit parseUnit() {
        List<Item> items = new ArrayList<>();
        while (!at(EOF)) {
            int start = p;
            try {
                Item item = parseItem();
                items.add(item);
                if (pendingMigrate != null) {
                    if (item instanceof Item.Fn fn) {
                        items.add(new Item.Migrate(pendingMigrate.pos(), pendingMigrate.staticName(), fn.name()));
                    } else {
                        reporter.error(source, pendingMigrate.pos(), "`#[migrate(" + pendingMigrate.staticName() + ")]` must stand before a `fn`");
                    }
                    pendingMigrate = null;
                }
            } catch (SyntaxError e) {
                pendingMigrate = null;
                if (p == start) next();
                syncToItem();
            }
        }
        return new SourceUnit(source, List.copyOf(items));
    }

    private void syncToItem() {
        int depth = 0;
        while (!at(EOF)) {
            TokenKind k = peek().kind();
            if (depth == 0 && (k == FN || k == PUB || k == STRUCT || k == ENUM || k == IMPL || k == CONST
                    || k == STATIC || k == IMPORT || k == EXTERN || k == ASYNC)) return;
            if (k == LBRACE) depth++;
            if (k == RBRACE) {
                depth--;
                if (depth <= 0) {
                    next();
                    if (depth < 0) depth = 0;
                    continue;
                }
            }
            next();
        }
    }

    private Item parseItem() {
        while (at(HASH)) skipAttribute();
        Pos pos = peek().pos();
        if (atIdent("module") && peekAt(1).kind() == IDENT) {
            next();
            List<String> path = dottedPath();
            expect(SEMI, "`;`");
            return new Item.ModuleDecl(pos, path);
        }
        if (atIdent("test") && peekAt(1).kind() == FN) {
            next();
            return parseFn(pos, false, false, true);
        }
        boolean pub = eat(PUB);
        return switch (peek().kind()) {
            case FN -> parseFn(pos, pub, false, false);
            case ASYNC -> {
                next();
                yield parseFn(pos, pub, true, false);
            }
            case STRUCT -> parseStruct(pos, pub);
            case ENUM -> parseEnum(pos, pub);
            case IMPL -> parseImpl(pos);
            case CONST -> {
                next();
                String name = ident("constant name");
                expect(COLON, "`:` and the constant's type");
                TypeRef type = parseType();
                expect(EQ, "`=`");
                Expr value = parseExpr();
                expect(SEMI, "`;`");
                yield new Item.Const(pos, pub, name, type, value);
            }
            case STATIC -> {
                next();
                boolean mut = eat(MUT);
                String name = ident("static name");
                expect(COLON, "`:` and the static's type");
                TypeRef type = parseType();
                expect(EQ, "`=`");
                Expr value = parseExpr();
                expect(SEMI, "`;`");
                yield new Item.Static(pos, pub, mut, name, type, value);
            }
            case IMPORT -> parseImport(pos);
            case EXTERN -> parseExtern(pos);
            default -> throw error(peek().pos(), "expected an item (fn, struct, enum, impl, const, static, import), found "
                    + peek().describe());
        };
    }

    /** A `#[migrate(NAME)]` seen before the item being parsed. */
    private record PendingMigrate(Pos pos, String staticName) {}

    private PendingMigrate pendingMigrate;

    /**
     * `#[...]` before an item: `#[migrate(NAME)]` (see {@link Item.Migrate}), or `#[repr(C)]` (for
     * foreign code, not supported yet).
     */
    private void skipAttribute() {
        Pos pos = next().pos();
        expect(LBRACKET, "`[` after `#`");
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (!at(EOF)) {
            Token t = next();
            if (t.kind() == LBRACKET) depth++;
            if (t.kind() == RBRACKET && --depth == 0) break;
            text.append(t.text());
        }
        java.util.regex.Matcher migrate = java.util.regex.Pattern.compile("migrate\\(([A-Za-z_][A-Za-z0-9_]*)\\)").matcher(text);
        if (migrate.matches()) {
            pendingMigrate = new PendingMigrate(pos, migrate.group(1));
        } else if (text.toString().equals("repr(C)")) {
            reporter.error(source, pos, "foreign functions are not yet supported (`#[repr(C)]` structs are for foreign code)");
        } else {
            reporter.error(source, pos, "unknown attribute `#[" + text + "]`");
        }
    }

    private List<String> dottedPath() {
        List<String> path = new ArrayList<>();
        path.add(ident("module name"));
        while (at(DOT) && peekAt(1).kind() == IDENT) {
            next();
            path.add(next().text());
        }
        return path;
    }

    private Item parseImport(Pos pos) {
        next();
        List<String> path = dottedPath();
        List<String> names = null;
        List<Pos> namePositions = null;
        String alias = null;
        if (at(DOT) && peekAt(1).kind() == LBRACE) {
            next();
            next();
            names = new ArrayList<>();
            namePositions = new ArrayList<>();
            while (!at(RBRACE)) {
                namePositions.add(peek().pos());
                names.add(ident("a name to import"));
                if (!eat(COMMA)) break;
            }
            expect(RBRACE, "`}`");
        } else if (eat(AS)) {
            alias = ident("an alias");
        }
        expect(SEMI, "`;`");
        return new Item.Import(pos, List.copyOf(path), names, namePositions, alias);
    }

    private Item parseExtern(Pos pos) {
        next();
        String lib = "";
        if (at(STRING)) {
            Token t = next();
            lib = t.parts().isEmpty() ? "" : t.parts().getFirst() instanceof Token.StrPart.Text tx ? tx.text() : "";
        }
        expect(LBRACE, "`{`");
        List<Item.Fn> fns = new ArrayList<>();
        while (!at(RBRACE) && !at(EOF)) {
            Pos fpos = peek().pos();
            expect(FN, "`fn`");
            String name = ident("function name");
            List<Expr.Param> params = parseParams();
            TypeRef ret = eat(ARROW) ? parseType() : null;
            expect(SEMI, "`;`");
            fns.add(new Item.Fn(fpos, false, name, List.of(), params, ret, null, false, false));
        }
        expect(RBRACE, "`}`");
        return new Item.Extern(pos, lib, fns);
    }

    private List<String> typeParams() {
        List<String> params = new ArrayList<>();
        if (eat(LT)) {
            while (!at(GT)) {
                params.add(ident("type parameter"));
                if (!eat(COMMA)) break;
            }
            expect(GT, "`>`");
        }
        return List.copyOf(params);
    }

    private Item.Fn parseFn(Pos pos, boolean pub, boolean isAsync, boolean isTest) {
        expect(FN, "`fn`");
        String name = ident("function name");
        List<String> tps = typeParams();
        List<Expr.Param> params = parseParams();
        TypeRef ret = eat(ARROW) ? parseType() : null;
        Expr.Block body = parseBlock();
        return new Item.Fn(pos, pub, name, tps, params, ret, body, isAsync, isTest);
    }

    private List<Expr.Param> parseParams() {
        expect(LPAREN, "`(`");
        List<Expr.Param> params = new ArrayList<>();
        while (!at(RPAREN)) {
            Pos pos = peek().pos();
            boolean mut = eat(MUT);
            String name = ident("parameter name");
            if (name.equals("self") && !at(COLON)) {
                params.add(new Expr.Param(pos, name, null, mut));
            } else {
                expect(COLON, "`:` and the parameter's type");
                params.add(new Expr.Param(pos, name, parseType(), mut));
            }
            if (!eat(COMMA)) break;
        }
        expect(RPAREN, "`)`");
        return List.copyOf(params);
    }

    private Item parseStruct(Pos pos, boolean pub) {
        next();
        String name = ident("struct name");
        List<String> tps = typeParams();
        List<Item.FieldDecl> fields = new ArrayList<>();
        if (!eat(SEMI)) {
            expect(LBRACE, "`{`");
            while (!at(RBRACE)) {
                Pos fpos = peek().pos();
                eat(PUB);
                String fname = ident("field name");
                expect(COLON, "`:`");
                fields.add(new Item.FieldDecl(fpos, fname, parseType()));
                if (!eat(COMMA)) break;
            }
            expect(RBRACE, "`}`");
        }
        return new Item.Struct(pos, pub, name, tps, List.copyOf(fields));
    }

    private Item parseEnum(Pos pos, boolean pub) {
        next();
        String name = ident("enum name");
        List<String> tps = typeParams();
        expect(LBRACE, "`{`");
        List<Item.VariantDecl> variants = new ArrayList<>();
        while (!at(RBRACE)) {
            Pos vpos = peek().pos();
            String vname = ident("variant name");
            List<TypeRef> fields = new ArrayList<>();
            if (eat(LPAREN)) {
                while (!at(RPAREN)) {
                    fields.add(parseType());
                    if (!eat(COMMA)) break;
                }
                expect(RPAREN, "`)`");
            }
            variants.add(new Item.VariantDecl(vpos, vname, List.copyOf(fields)));
            if (!eat(COMMA)) break;
        }
        expect(RBRACE, "`}`");
        return new Item.Enum(pos, pub, name, tps, List.copyOf(variants));
    }

    private Item parseImpl(Pos pos) {
        next();
        List<String> tps = typeParams();
        TypeRef target = parseType();
        expect(LBRACE, "`{`");
        List<Item.Fn> methods = new ArrayList<>();
        while (!at(RBRACE) && !at(EOF)) {
            Pos mpos = peek().pos();
            boolean pub = eat(PUB);
            boolean isAsync = eat(ASYNC);
            methods.add(parseFn(mpos, pub, isAsync, false));
        }
        expect(RBRACE, "`}`");
        return new Item.Impl(pos, tps, target, List.copyOf(methods));
    }

    // ---- types

    public TypeRef parseType() {
        Pos pos = peek().pos();
        if (eat(LPAREN)) {
            List<TypeRef> items = new ArrayList<>();
            while (!at(RPAREN)) {
                items.add(parseType());
                if (!eat(COMMA)) break;
            }
            expect(RPAREN, "`)`");
            if (items.size() == 1) return items.getFirst();
            return new TypeRef.Tuple(pos, List.copyOf(items));
        }
        if (eat(FN)) {
            expect(LPAREN, "`(`");
            List<TypeRef> params = new ArrayList<>();
            while (!at(RPAREN)) {
                params.add(parseType());
                if (!eat(COMMA)) break;
            }
            expect(RPAREN, "`)`");
            TypeRef ret = eat(ARROW) ? parseType() : new TypeRef.Tuple(pos, List.of());
            return new TypeRef.Fn(pos, List.copyOf(params), ret);
        }
        List<String> path = new ArrayList<>();
        path.add(ident("a type"));
        while (at(DOT) && peekAt(1).kind() == IDENT) {
            next();
            path.add(next().text());
        }
        List<TypeRef> args = new ArrayList<>();
        if (eat(LT)) {
            while (!at(GT) && !at(SHR) && !at(SHR_U)) {
                args.add(parseType());
                if (!eat(COMMA)) break;
            }
            closeAngle();
        }
        return new TypeRef.Named(pos, List.copyOf(path), List.copyOf(args));
    }

    /** Consumes one `>`, splitting `>>` and `>>>` as nested generics need. */
    private void closeAngle() {
        Token t = peek();
        if (t.kind() == SHR || t.kind() == SHR_U) {
            TokenKind rest = t.kind() == SHR ? GT : SHR;
            tokens.set(p, new Token(rest, rest.text, new Pos(t.pos().line(), t.pos().column() + 1), null));
            return;
        }
        expect(GT, "`>`");
    }

    /** After an identifier in an expression: `<Types>` followed by `(` or `::`, else nothing. */
    private List<TypeRef> tryTypeArgs() {
        if (!at(LT)) return List.of();
        int save = p;
        int depth = 0;
        int j = p;
        while (j < tokens.size()) {
            TokenKind k = tokens.get(j).kind();
            if (k == LT) depth++;
            else if (k == GT) depth--;
            else if (k == SHR) depth -= 2;
            else if (k != IDENT && k != COMMA && k != LPAREN && k != RPAREN && k != DOT && k != FN && k != ARROW) return List.of();
            j++;
            if (depth <= 0) break;
        }
        if (depth != 0 || j >= tokens.size()) return List.of();
        TokenKind after = tokens.get(j).kind();
        if (after != LPAREN && after != COLON_COLON) return List.of();
        Reporter quiet = new Reporter();
        try {
            Parser sub = new Parser(source, quiet, tokens);
            sub.p = p + 1;
            List<TypeRef> args = new ArrayList<>();
            while (sub.peek().kind() != GT) {
                args.add(sub.parseType());
                if (!sub.eat(COMMA)) break;
            }
            sub.expect(GT, "`>`");
            if (quiet.hasErrors()) return List.of();
            p = sub.p;
            return List.copyOf(args);
        } catch (SyntaxError e) {
            p = save;
            return List.of();
        }
    }

    // ---- blocks and statements

    public Expr.Block parseBlock() {
        Pos pos = expect(LBRACE, "`{`").pos();
        boolean savedNoStruct = noStruct;
        noStruct = false;
        List<Stmt> stmts = new ArrayList<>();
        Expr result = null;
        while (!at(RBRACE) && !at(EOF)) {
            int start = p;
            try {
                if (result != null) {
                    stmts.add(new Stmt.ExprStmt(result.pos(), result));
                    result = null;
                }
                if (eat(SEMI)) continue;
                if (at(LET)) {
                    stmts.add(parseLet());
                    continue;
                }
                Expr e;
                if (startsBlockLike()) {
                    // like Rust, `if`/`match`/`for`/`while`/`loop`/`{}` in statement position ends at its
                    // `}`: `for x in v { .. } -1` is two expressions; `.method()` and `?` may still follow
                    e = parsePrimary();
                    if (at(DOT) || at(QUESTION)) e = parseAsTail(parsePostfixTail(e));
                    if (!Expr.isBlockLike(e) && !at(SEMI) && !at(RBRACE)) e = continueExpr(e);
                } else {
                    e = parseExpr();
                }
                if (eat(SEMI)) {
                    stmts.add(new Stmt.ExprStmt(e.pos(), e));
                } else if (at(RBRACE)) {
                    result = e;
                } else if (Expr.isBlockLike(e)) {
                    stmts.add(new Stmt.ExprStmt(e.pos(), e));
                } else {
                    throw error(peek().pos(), "expected `;` or `}`, found " + peek().describe());
                }
            } catch (SyntaxError err) {
                if (p == start) next();
                syncToStatement();
            }
        }
        noStruct = savedNoStruct;
        expect(RBRACE, "`}`");
        return new Expr.Block(pos, List.copyOf(stmts), result);
    }

    private boolean startsBlockLike() {
        return switch (peek().kind()) {
            case IF, MATCH, FOR, WHILE, LOOP, LBRACE -> true;
            default -> false;
        };
    }

    /** Continues an expression whose first operand is already parsed (`match x {..}.len() + 1`). */
    private Expr continueExpr(Expr left) {
        while (true) {
            int prec = precedence(peek().kind());
            if (prec < 0) break;
            Token op = next();
            Expr right = parseBinary(prec + 1);
            left = new Expr.Binary(op.pos(), op.text(), left, right);
        }
        TokenKind k = peek().kind();
        if (k == EQ || k == PLUS_EQ || k == MINUS_EQ || k == STAR_EQ || k == SLASH_EQ || k == PERCENT_EQ) {
            Token op = next();
            return new Expr.Assign(op.pos(), op.text(), left, parseExpr());
        }
        return left;
    }

    private void syncToStatement() {
        int depth = 0;
        while (!at(EOF)) {
            TokenKind k = peek().kind();
            if (k == LBRACE) depth++;
            if (k == RBRACE) {
                if (depth == 0) return;
                depth--;
            }
            if (k == SEMI && depth == 0) {
                next();
                return;
            }
            if (depth == 0 && (k == LET || k == FN)) return;
            next();
        }
    }

    private Stmt parseLet() {
        Pos pos = next().pos();
        Pattern pattern = parsePattern();
        TypeRef type = eat(COLON) ? parseType() : null;
        Expr init = eat(EQ) ? parseExpr() : null;
        expect(SEMI, "`;`");
        return new Stmt.Let(pos, pattern, type, init);
    }

    // ---- expressions

    public Expr parseExpr() {
        Expr left = parseRange();
        TokenKind k = peek().kind();
        if (k == EQ || k == PLUS_EQ || k == MINUS_EQ || k == STAR_EQ || k == SLASH_EQ || k == PERCENT_EQ
                || k == AMP_EQ || k == PIPE_EQ || k == CARET_EQ || k == SHL_EQ || k == SHR_EQ) {
            Token op = next();
            Expr value = parseExpr();
            return new Expr.Assign(op.pos(), op.text(), left, value);
        }
        return left;
    }

    private Expr parseRange() {
        if (at(DOT_DOT) || at(DOT_DOT_EQ)) {
            throw error(peek().pos(), "a range needs a start: write `0..n`");
        }
        Expr left = parseBinary(0);
        if (at(DOT_DOT) || at(DOT_DOT_EQ)) {
            Token op = next();
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
            TokenKind k = peek().kind();
            int prec = precedence(k);
            if (prec < 0 || prec < minPrec) break;
            Token op = next();
            Expr right = parseBinary(prec + 1);
            if (prec == 3 && precedence(peek().kind()) == 3) {
                throw error(peek().pos(), "comparison operators cannot be chained; use `&&`");
            }
            left = new Expr.Binary(op.pos(), op.text(), left, right);
        }
        return left;
    }

    private Expr parseUnary() {
        Pos pos = peek().pos();
        if (at(MINUS)) {
            next();
            if (at(INT) && peek().value() == null && peek().text().replace("_", "").equals("9223372036854775808")) {
                next();
                return parseAsTail(parsePostfixTail(new Expr.IntLit(pos, Long.MIN_VALUE)));
            }
            return new Expr.Unary(pos, "-", parseUnary());
        }
        if (at(BANG)) {
            next();
            return new Expr.Unary(pos, "!", parseUnary());
        }
        return parseAsTail(parsePostfix());
    }

    private Expr parseAsTail(Expr e) {
        while (at(AS)) {
            Token as = next();
            e = new Expr.Cast(as.pos(), e, parseType());
        }
        return e;
    }

    private Expr parsePostfix() {
        return parsePostfixTail(parsePrimary());
    }

    private Expr parsePostfixTail(Expr e) {
        while (true) {
            Pos pos = peek().pos();
            if (at(LPAREN)) {
                e = new Expr.Call(e.pos(), e, parseArgs());
            } else if (at(LBRACKET)) {
                next();
                Expr index = parseExpr();
                expect(RBRACKET, "`]`");
                e = new Expr.Index(pos, e, index);
            } else if (at(QUESTION)) {
                next();
                e = new Expr.Try(pos, e);
            } else if (at(DOT)) {
                next();
                if (eat(AWAIT)) {
                    e = new Expr.Await(pos, e);
                } else if (at(INT)) {
                    Token t = next();
                    e = new Expr.Field(t.pos(), e, t.text());
                } else {
                    Token name = expect(IDENT, "a field or method name");
                    if (at(LPAREN)) {
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
        expect(LPAREN, "`(`");
        boolean saved = noStruct;
        noStruct = false;
        List<Expr> args = new ArrayList<>();
        while (!at(RPAREN)) {
            args.add(parseExpr());
            if (!eat(COMMA)) break;
        }
        noStruct = saved;
        expect(RPAREN, "`)`");
        return List.copyOf(args);
    }

    private Expr parseHead() {
        boolean saved = noStruct;
        noStruct = true;
        try {
            return parseExpr();
        } finally {
            noStruct = saved;
        }
    }

    private Expr parsePrimary() {
        Token t = peek();
        Pos pos = t.pos();
        switch (t.kind()) {
            case INT -> {
                next();
                if (t.value() == null) throw error(pos, "integer literal `" + t.text() + "` is too large for Int");
                return new Expr.IntLit(pos, (Long) t.value());
            }
            case FLOAT -> {
                next();
                return new Expr.FloatLit(pos, (Double) t.value());
            }
            case TRUE, FALSE -> {
                next();
                return new Expr.BoolLit(pos, t.kind() == TRUE);
            }
            case STRING -> {
                next();
                return stringLiteral(t);
            }
            case IDENT -> {
                return parseNameOrStruct();
            }
            case LPAREN -> {
                next();
                boolean saved = noStruct;
                noStruct = false;
                if (eat(RPAREN)) {
                    noStruct = saved;
                    return new Expr.UnitLit(pos);
                }
                Expr first = parseExpr();
                if (eat(RPAREN)) {
                    noStruct = saved;
                    return first;
                }
                List<Expr> items = new ArrayList<>();
                items.add(first);
                while (eat(COMMA)) {
                    if (at(RPAREN)) break;
                    items.add(parseExpr());
                }
                expect(RPAREN, "`)`");
                noStruct = saved;
                return new Expr.Tuple(pos, List.copyOf(items));
            }
            case LBRACKET -> {
                return parseBracket();
            }
            case LBRACE -> {
                return parseBlock();
            }
            case IF -> {
                return parseIf();
            }
            case WHILE -> {
                next();
                Expr cond = parseHead();
                return new Expr.While(pos, cond, parseBlock());
            }
            case LOOP -> {
                next();
                return new Expr.Loop(pos, parseBlock());
            }
            case FOR -> {
                next();
                Pattern pat = parsePattern();
                expect(IN, "`in`");
                Expr iter = parseHead();
                return new Expr.For(pos, pat, iter, parseBlock());
            }
            case MATCH -> {
                return parseMatch();
            }
            case PIPE, OR_OR -> {
                return parseClosure();
            }
            case RETURN -> {
                next();
                return new Expr.Return(pos, startsExpr() ? parseExpr() : null);
            }
            case BREAK -> {
                next();
                return new Expr.Break(pos, startsExpr() ? parseExpr() : null);
            }
            case CONTINUE -> {
                next();
                return new Expr.Continue(pos);
            }
            default -> throw error(pos, "expected an expression, found " + t.describe());
        }
    }

    private boolean startsExpr() {
        return switch (peek().kind()) {
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
                    int before = reporter.errorCount();
                    List<Token> sub = new Lexer(source, reporter, hole.source(), hole.pos().line(), hole.pos().column()).tokenize();
                    if (reporter.errorCount() > before) continue;
                    Parser parser = new Parser(source, reporter, sub);
                    try {
                        Expr e = parser.parseExpr();
                        if (!parser.at(EOF)) {
                            throw parser.error(parser.peek().pos(), "unexpected " + parser.peek().describe() + " in string interpolation");
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
        Token first = next();
        List<String> path = new ArrayList<>();
        path.add(first.text());
        List<TypeRef> typeArgs = tryTypeArgs();
        while (at(COLON_COLON)) {
            next();
            if (at(LT)) {
                typeArgs = tryTypeArgs();
                continue;
            }
            path.add(ident("a name after `::`"));
            List<TypeRef> more = tryTypeArgs();
            if (!more.isEmpty()) typeArgs = more;
        }
        if (at(LBRACE) && !noStruct && Character.isUpperCase(path.getLast().charAt(0)) && looksLikeStructBody()) {
            return parseStructLit(first.pos(), path);
        }
        return new Expr.Name(first.pos(), List.copyOf(path), typeArgs);
    }

    /** `Name {}` or `Name { ident :` / `Name { ident ,` / `Name { ident }`. */
    private boolean looksLikeStructBody() {
        TokenKind a = peekAt(1).kind();
        if (a == RBRACE) return true;
        if (a != IDENT) return false;
        TokenKind b = peekAt(2).kind();
        return b == COLON || b == COMMA || b == RBRACE;
    }

    private Expr parseStructLit(Pos pos, List<String> path) {
        expect(LBRACE, "`{`");
        List<Expr.FieldInit> fields = new ArrayList<>();
        while (!at(RBRACE)) {
            Token name = expect(IDENT, "a field name");
            Expr value = eat(COLON) ? parseExpr() : new Expr.Name(name.pos(), List.of(name.text()), List.of());
            fields.add(new Expr.FieldInit(name.pos(), name.text(), value));
            if (!eat(COMMA)) break;
        }
        expect(RBRACE, "`}`");
        return new Expr.StructLit(pos, List.copyOf(path), List.copyOf(fields));
    }

    private Expr parseBracket() {
        Pos pos = next().pos();
        boolean saved = noStruct;
        noStruct = false;
        try {
            if (at(COLON) && peekAt(1).kind() == RBRACKET) {
                next();
                next();
                return new Expr.MapLit(pos, List.of(), List.of());
            }
            if (eat(RBRACKET)) return new Expr.VecLit(pos, List.of());
            Expr first = parseExpr();
            if (eat(COLON)) {
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                keys.add(first);
                values.add(parseExpr());
                while (eat(COMMA)) {
                    if (at(RBRACKET)) break;
                    keys.add(parseExpr());
                    expect(COLON, "`:`");
                    values.add(parseExpr());
                }
                expect(RBRACKET, "`]`");
                return new Expr.MapLit(pos, List.copyOf(keys), List.copyOf(values));
            }
            List<Expr> items = new ArrayList<>();
            items.add(first);
            while (eat(COMMA)) {
                if (at(RBRACKET)) break;
                items.add(parseExpr());
            }
            expect(RBRACKET, "`]`");
            return new Expr.VecLit(pos, List.copyOf(items));
        } finally {
            noStruct = saved;
        }
    }

    private Expr parseIf() {
        Pos pos = next().pos();
        Expr cond = parseHead();
        Expr.Block then = parseBlock();
        Expr otherwise = null;
        if (eat(ELSE)) {
            otherwise = at(IF) ? parseIf() : parseBlock();
        }
        return new Expr.If(pos, cond, then, otherwise);
    }

    private Expr parseMatch() {
        Pos pos = next().pos();
        Expr scrutinee = parseHead();
        expect(LBRACE, "`{`");
        boolean saved = noStruct;
        noStruct = false;
        List<Expr.Arm> arms = new ArrayList<>();
        while (!at(RBRACE) && !at(EOF)) {
            Pos apos = peek().pos();
            Pattern pat = parsePattern();
            Expr guard = eat(IF) ? parseExpr() : null;
            expect(FAT_ARROW, "`=>`");
            Expr body = parseExpr();
            arms.add(new Expr.Arm(apos, pat, guard, body));
            if (!eat(COMMA) && !Expr.isBlockLike(body)) {
                if (!at(RBRACE)) throw error(peek().pos(), "expected `,` or `}` after a match arm, found " + peek().describe());
            }
        }
        noStruct = saved;
        expect(RBRACE, "`}`");
        return new Expr.Match(pos, scrutinee, List.copyOf(arms));
    }

    private Expr parseClosure() {
        Pos pos = peek().pos();
        List<Expr.Param> params = new ArrayList<>();
        if (!eat(OR_OR)) {
            expect(PIPE, "`|`");
            while (!at(PIPE)) {
                Pos ppos = peek().pos();
                boolean mut = eat(MUT);
                String name = ident("parameter name");
                TypeRef type = eat(COLON) ? parseType() : null;
                params.add(new Expr.Param(ppos, name, type, mut));
                if (!eat(COMMA)) break;
            }
            expect(PIPE, "`|`");
        }
        TypeRef ret = null;
        Expr body;
        if (eat(ARROW)) {
            ret = parseType();
            body = parseBlock();
        } else {
            body = parseExpr();
        }
        return new Expr.Closure(pos, List.copyOf(params), ret, body);
    }

    // ---- patterns

    public Pattern parsePattern() {
        Pos pos = peek().pos();
        Pattern first = parsePatternAtom();
        if (!at(PIPE)) return first;
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (eat(PIPE)) alts.add(parsePatternAtom());
        return new Pattern.Or(pos, List.copyOf(alts));
    }

    private Pattern parsePatternAtom() {
        Token t = peek();
        Pos pos = t.pos();
        switch (t.kind()) {
            case MUT -> {
                next();
                return new Pattern.Bind(pos, ident("a name"), true);
            }
            case LPAREN -> {
                next();
                List<Pattern> items = new ArrayList<>();
                while (!at(RPAREN)) {
                    items.add(parsePattern());
                    if (!eat(COMMA)) break;
                }
                expect(RPAREN, "`)`");
                if (items.size() == 1) return items.getFirst();
                return new Pattern.Tuple(pos, List.copyOf(items));
            }
            case INT, FLOAT, STRING, TRUE, FALSE, MINUS -> {
                Expr lit = parseLiteralForPattern();
                if (at(DOT_DOT_EQ) || at(DOT_DOT)) {
                    boolean inclusive = next().kind() == DOT_DOT_EQ;
                    return new Pattern.Range(pos, lit, parseLiteralForPattern(), inclusive);
                }
                return new Pattern.Literal(pos, lit);
            }
            case IDENT -> {
                next();
                if (t.text().equals("_") ) return new Pattern.Wildcard(pos);
                List<String> path = new ArrayList<>();
                path.add(t.text());
                while (eat(COLON_COLON)) path.add(ident("a variant name"));
                if (at(LPAREN)) {
                    next();
                    List<Pattern> args = new ArrayList<>();
                    while (!at(RPAREN)) {
                        args.add(parsePattern());
                        if (!eat(COMMA)) break;
                    }
                    expect(RPAREN, "`)`");
                    return new Pattern.Variant(pos, List.copyOf(path), List.copyOf(args));
                }
                if (at(LBRACE) && Character.isUpperCase(path.getLast().charAt(0))) {
                    next();
                    List<String> names = new ArrayList<>();
                    List<Pattern> fields = new ArrayList<>();
                    boolean rest = false;
                    while (!at(RBRACE)) {
                        if (eat(DOT_DOT)) {
                            rest = true;
                            break;
                        }
                        Token name = expect(IDENT, "a field name");
                        names.add(name.text());
                        fields.add(eat(COLON) ? parsePattern() : new Pattern.Bind(name.pos(), name.text(), false));
                        if (!eat(COMMA)) break;
                    }
                    expect(RBRACE, "`}`");
                    return new Pattern.Struct(pos, List.copyOf(path), List.copyOf(names), List.copyOf(fields), rest);
                }
                if (path.size() > 1 || Character.isUpperCase(t.text().charAt(0))) {
                    return new Pattern.Variant(pos, List.copyOf(path), null);
                }
                return new Pattern.Bind(pos, t.text(), false);
            }
            default -> throw error(pos, "expected a pattern, found " + t.describe());
        }
    }

    private Expr parseLiteralForPattern() {
        Pos pos = peek().pos();
        if (eat(MINUS)) {
            Token t = next();
            if (t.kind() == INT) {
                if (t.value() == null) return new Expr.IntLit(pos, Long.MIN_VALUE);
                return new Expr.IntLit(pos, -(Long) t.value());
            }
            if (t.kind() == FLOAT) return new Expr.FloatLit(pos, -(Double) t.value());
            throw error(t.pos(), "expected a number after `-` in a pattern");
        }
        Token t = peek();
        if (t.kind() == INT || t.kind() == FLOAT || t.kind() == STRING || t.kind() == TRUE || t.kind() == FALSE) {
            return parsePrimary();
        }
        throw error(t.pos(), "expected a literal, found " + t.describe());
    }
}
