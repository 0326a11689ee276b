package org.tlang.lang.syntax;

import static org.tlang.lang.syntax.TokenKind.ARROW;
import static org.tlang.lang.syntax.TokenKind.AS;
import static org.tlang.lang.syntax.TokenKind.ASYNC;
import static org.tlang.lang.syntax.TokenKind.COLON;
import static org.tlang.lang.syntax.TokenKind.COMMA;
import static org.tlang.lang.syntax.TokenKind.CONST;
import static org.tlang.lang.syntax.TokenKind.DOT;
import static org.tlang.lang.syntax.TokenKind.DOT_DOT;
import static org.tlang.lang.syntax.TokenKind.ENUM;
import static org.tlang.lang.syntax.TokenKind.EOF;
import static org.tlang.lang.syntax.TokenKind.EQ;
import static org.tlang.lang.syntax.TokenKind.EXTERN;
import static org.tlang.lang.syntax.TokenKind.FN;
import static org.tlang.lang.syntax.TokenKind.GT;
import static org.tlang.lang.syntax.TokenKind.HASH;
import static org.tlang.lang.syntax.TokenKind.IDENT;
import static org.tlang.lang.syntax.TokenKind.IMPL;
import static org.tlang.lang.syntax.TokenKind.IMPORT;
import static org.tlang.lang.syntax.TokenKind.LBRACE;
import static org.tlang.lang.syntax.TokenKind.LBRACKET;
import static org.tlang.lang.syntax.TokenKind.LPAREN;
import static org.tlang.lang.syntax.TokenKind.LT;
import static org.tlang.lang.syntax.TokenKind.MUT;
import static org.tlang.lang.syntax.TokenKind.PUB;
import static org.tlang.lang.syntax.TokenKind.RBRACE;
import static org.tlang.lang.syntax.TokenKind.RBRACKET;
import static org.tlang.lang.syntax.TokenKind.RPAREN;
import static org.tlang.lang.syntax.TokenKind.SEMI;
import static org.tlang.lang.syntax.TokenKind.STATIC;
import static org.tlang.lang.syntax.TokenKind.STRING;
import static org.tlang.lang.syntax.TokenKind.STRUCT;

import java.util.ArrayList;
import java.util.List;
import org.tlang.tir.Pos;

/** Items: functions, structs, enums, impls, consts, statics, imports, extern blocks and attributes. */
final class ItemParser {
    private final TokenCursor in;
    private final Parser parser;
    /** A `#[migrate(NAME)]` seen before the item being parsed. */
    private PendingMigrate pendingMigrate;

    private record PendingMigrate(Pos pos, String staticName) {}

    /** A `#[repr(C)]` seen before the item being parsed. */
    private Pos pendingReprC;

    /** A `#[trace]` seen before the fn being parsed. */
    private Pos pendingTrace;

    ItemParser(TokenCursor in, Parser parser) {
        this.in = in;
        this.parser = parser;
    }

    SourceUnit parseUnit() {
        List<Item> items = new ArrayList<>();
        while (!in.at(EOF)) {
            int start = in.position();
            try {
                Item item = parseItem();
                items.add(item);
                if (pendingMigrate != null) {
                    if (item instanceof Item.Fn fn) {
                        items.add(new Item.Migrate(pendingMigrate.pos(), pendingMigrate.staticName(), fn.name()));
                    } else {
                        in.report(pendingMigrate.pos(), "`#[migrate(" + pendingMigrate.staticName() + ")]` must stand before a `fn`");
                    }
                    pendingMigrate = null;
                }
                if (pendingTrace != null) {
                    in.report(pendingTrace, "`#[trace]` must stand before a `fn`");
                    pendingTrace = null;
                }
                if (pendingReprC != null) {
                    if (item instanceof Item.Struct st) {
                        items.add(new Item.ReprC(pendingReprC, st.name()));
                    } else {
                        in.report(pendingReprC, "`#[repr(C)]` must stand before a `struct`");
                    }
                    pendingReprC = null;
                }
            } catch (SyntaxError e) {
                pendingMigrate = null;
                pendingReprC = null;
                pendingTrace = null;
                if (in.position() == start) in.next();
                syncToItem();
            }
        }
        return new SourceUnit(in.source(), List.copyOf(items));
    }

    private void syncToItem() {
        int depth = 0;
        while (!in.at(EOF)) {
            TokenKind k = in.peek().kind();
            if (depth == 0 && (k == FN || k == PUB || k == STRUCT || k == ENUM || k == IMPL || k == CONST
                    || k == STATIC || k == IMPORT || k == EXTERN || k == ASYNC)) return;
            if (k == LBRACE) depth++;
            if (k == RBRACE) {
                depth--;
                if (depth <= 0) {
                    in.next();
                    if (depth < 0) depth = 0;
                    continue;
                }
            }
            in.next();
        }
    }

    private Item parseItem() {
        while (in.at(HASH)) skipAttribute();
        Pos pos = in.peek().pos();
        if (in.atIdent("module") && in.peekAt(1).kind() == IDENT) {
            in.next();
            List<String> path = dottedPath();
            in.expect(SEMI, "`;`");
            return new Item.ModuleDecl(pos, path);
        }
        if (in.atIdent("test") && in.peekAt(1).kind() == FN) {
            in.next();
            return parseFn(pos, false, false, true);
        }
        boolean pub = in.eat(PUB);
        return switch (in.peek().kind()) {
            case FN -> parseFn(pos, pub, false, false);
            case ASYNC -> {
                in.next();
                yield parseFn(pos, pub, true, false);
            }
            case STRUCT -> parseStruct(pos, pub);
            case ENUM -> parseEnum(pos, pub);
            case IMPL -> parseImpl(pos);
            case CONST -> {
                in.next();
                String name = in.ident("constant name");
                in.expect(COLON, "`:` and the constant's type");
                TypeRef type = parser.parseType();
                in.expect(EQ, "`=`");
                Expr value = parser.parseExpr();
                in.expect(SEMI, "`;`");
                yield new Item.Const(pos, pub, name, type, value);
            }
            case STATIC -> {
                in.next();
                boolean mut = in.eat(MUT);
                String name = in.ident("static name");
                in.expect(COLON, "`:` and the static's type");
                TypeRef type = parser.parseType();
                in.expect(EQ, "`=`");
                Expr value = parser.parseExpr();
                in.expect(SEMI, "`;`");
                yield new Item.Static(pos, pub, mut, name, type, value);
            }
            case IMPORT -> parseImport(pos);
            case EXTERN -> parseExtern(pos);
            default -> throw in.error(in.peek().pos(), "expected an item (fn, struct, enum, impl, const, static, import), found "
                    + in.peek().describe());
        };
    }

    /**
     * `#[...]` before an item: `#[migrate(NAME)]` (see {@link Item.Migrate}), or `#[repr(C)]` (see
     * {@link Item.ReprC}).
     */
    private void skipAttribute() {
        Pos pos = in.next().pos();
        in.expect(LBRACKET, "`[` after `#`");
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (!in.at(EOF)) {
            Token t = in.next();
            if (t.kind() == LBRACKET) depth++;
            if (t.kind() == RBRACKET && --depth == 0) break;
            text.append(t.text());
        }
        java.util.regex.Matcher migrate = java.util.regex.Pattern.compile("migrate\\(([A-Za-z_][A-Za-z0-9_]*)\\)").matcher(text);
        if (migrate.matches()) {
            pendingMigrate = new PendingMigrate(pos, migrate.group(1));
        } else if (text.toString().equals("repr(C)")) {
            pendingReprC = pos;
        } else if (text.toString().equals("trace")) {
            pendingTrace = pos;
        } else {
            in.report(pos, "unknown attribute `#[" + text + "]`");
        }
    }

    private List<String> dottedPath() {
        List<String> path = new ArrayList<>();
        path.add(in.ident("module name"));
        while (in.at(DOT) && in.peekAt(1).kind() == IDENT) {
            in.next();
            path.add(in.next().text());
        }
        return path;
    }

    private Item parseImport(Pos pos) {
        in.next();
        List<String> path = dottedPath();
        List<String> names = null;
        List<Pos> namePositions = null;
        String alias = null;
        if (in.at(DOT) && in.peekAt(1).kind() == LBRACE) {
            in.next();
            in.next();
            names = new ArrayList<>();
            namePositions = new ArrayList<>();
            while (!in.at(RBRACE)) {
                namePositions.add(in.peek().pos());
                names.add(in.ident("a name to import"));
                if (!in.eat(COMMA)) break;
            }
            in.expect(RBRACE, "`}`");
        } else if (in.eat(AS)) {
            alias = in.ident("an alias");
        }
        in.expect(SEMI, "`;`");
        return new Item.Import(pos, List.copyOf(path), names, namePositions, alias);
    }

    private Item parseExtern(Pos pos) {
        in.next();
        String lib = "";
        if (in.at(STRING)) {
            Token t = in.next();
            lib = t.parts().isEmpty() ? "" : t.parts().getFirst() instanceof Token.StrPart.Text tx ? tx.text() : "";
        }
        in.expect(LBRACE, "`{`");
        List<Item.ExternFn> fns = new ArrayList<>();
        while (!in.at(RBRACE) && !in.at(EOF)) {
            Pos fpos = in.peek().pos();
            boolean pub = in.eat(PUB);
            in.expect(FN, "`fn`");
            String name = in.ident("function name");
            boolean[] variadic = new boolean[1];
            List<Expr.Param> params = parseParams(variadic);
            TypeRef ret = in.eat(ARROW) ? parser.parseType() : null;
            in.expect(SEMI, "`;` (an extern fn has no body)");
            fns.add(new Item.ExternFn(fpos, pub, name, params, ret, variadic[0]));
        }
        in.expect(RBRACE, "`}`");
        return new Item.Extern(pos, lib, fns);
    }

    private List<String> typeParams() {
        List<String> params = new ArrayList<>();
        if (in.eat(LT)) {
            while (!in.at(GT)) {
                params.add(in.ident("type parameter"));
                if (!in.eat(COMMA)) break;
            }
            in.expect(GT, "`>`");
        }
        return List.copyOf(params);
    }

    private Item.Fn parseFn(Pos pos, boolean pub, boolean isAsync, boolean isTest) {
        return parseFn(pos, pub, isAsync, isTest, null);
    }

    /** @param owner the type of an impl block the fn is a method of, or null */
    private Item.Fn parseFn(Pos pos, boolean pub, boolean isAsync, boolean isTest, TypeRef owner) {
        in.expect(FN, "`fn`");
        String name = in.ident("function name");
        List<String> tps = typeParams();
        List<Expr.Param> params = parseParams();
        TypeRef ret = in.eat(ARROW) ? parser.parseType() : null;
        Expr.Block body = parser.parseBlock();
        if (pendingTrace != null) {
            Pos at = pendingTrace;
            pendingTrace = null;
            if (isAsync || isTest) in.report(at, "`#[trace]` cannot stand before " + (isAsync ? "an async fn" : "a test fn"));
            else body = TracedBody.wrap(at, owner instanceof TypeRef.Named n ? n.path().getLast() + "." + name : name, ret, body);
        }
        return new Item.Fn(pos, pub, name, tps, params, ret, body, isAsync, isTest);
    }

    private List<Expr.Param> parseParams() {
        return parseParams(null);
    }

    /** With {@code variadic} non-null (an extern fn), a last `...` is allowed and sets {@code variadic[0]}. */
    private List<Expr.Param> parseParams(boolean[] variadic) {
        in.expect(LPAREN, "`(`");
        List<Expr.Param> params = new ArrayList<>();
        while (!in.at(RPAREN)) {
            if (variadic != null && in.at(DOT_DOT) && in.peekAt(1).kind() == DOT) {
                in.next();
                in.next();
                variadic[0] = true;
                break;
            }
            Pos pos = in.peek().pos();
            boolean mut = in.eat(MUT);
            String name = in.ident("parameter name");
            if (name.equals("self") && !in.at(COLON)) {
                params.add(new Expr.Param(pos, name, null, mut));
            } else {
                in.expect(COLON, "`:` and the parameter's type");
                params.add(new Expr.Param(pos, name, parser.parseType(), mut));
            }
            if (!in.eat(COMMA)) break;
        }
        in.expect(RPAREN, "`)`");
        return List.copyOf(params);
    }

    private Item parseStruct(Pos pos, boolean pub) {
        in.next();
        String name = in.ident("struct name");
        List<String> tps = typeParams();
        List<Item.FieldDecl> fields = new ArrayList<>();
        if (!in.eat(SEMI)) {
            in.expect(LBRACE, "`{`");
            while (!in.at(RBRACE)) {
                Pos fpos = in.peek().pos();
                in.eat(PUB);
                String fname = in.ident("field name");
                in.expect(COLON, "`:`");
                fields.add(new Item.FieldDecl(fpos, fname, parser.parseType()));
                if (!in.eat(COMMA)) break;
            }
            in.expect(RBRACE, "`}`");
        }
        return new Item.Struct(pos, pub, name, tps, List.copyOf(fields));
    }

    private Item parseEnum(Pos pos, boolean pub) {
        in.next();
        String name = in.ident("enum name");
        List<String> tps = typeParams();
        in.expect(LBRACE, "`{`");
        List<Item.VariantDecl> variants = new ArrayList<>();
        while (!in.at(RBRACE)) {
            Pos vpos = in.peek().pos();
            String vname = in.ident("variant name");
            List<TypeRef> fields = new ArrayList<>();
            if (in.eat(LPAREN)) {
                while (!in.at(RPAREN)) {
                    fields.add(parser.parseType());
                    if (!in.eat(COMMA)) break;
                }
                in.expect(RPAREN, "`)`");
            }
            variants.add(new Item.VariantDecl(vpos, vname, List.copyOf(fields)));
            if (!in.eat(COMMA)) break;
        }
        in.expect(RBRACE, "`}`");
        return new Item.Enum(pos, pub, name, tps, List.copyOf(variants));
    }

    private Item parseImpl(Pos pos) {
        in.next();
        List<String> tps = typeParams();
        TypeRef target = parser.parseType();
        in.expect(LBRACE, "`{`");
        List<Item.Fn> methods = new ArrayList<>();
        while (!in.at(RBRACE) && !in.at(EOF)) {
            while (in.at(HASH)) skipAttribute();
            Pos mpos = in.peek().pos();
            boolean pub = in.eat(PUB);
            boolean isAsync = in.eat(ASYNC);
            methods.add(parseFn(mpos, pub, isAsync, false, target));
            if (pendingTrace != null || pendingReprC != null || pendingMigrate != null) {
                in.report(mpos, "only `#[trace]` may stand before a method");
                pendingReprC = null;
                pendingMigrate = null;
                pendingTrace = null;
            }
        }
        in.expect(RBRACE, "`}`");
        return new Item.Impl(pos, tps, target, List.copyOf(methods));
    }
}
