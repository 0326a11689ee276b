package org.tlang.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlang.lang.source.Reporter;
import org.tlang.lang.source.SourceFile;
import org.tlang.lang.syntax.Expr;
import org.tlang.lang.syntax.Item;
import org.tlang.lang.syntax.Parser;
import org.tlang.lang.syntax.Pattern;
import org.tlang.lang.syntax.SourceUnit;
import org.tlang.lang.syntax.Stmt;
import org.tlang.lang.syntax.TypeRef;

class ParserTest {
    private final Reporter reporter = new Reporter();

    private SourceUnit parse(String text) {
        return Parser.parse(SourceFile.of("t.t", text), reporter);
    }

    private Expr expr(String text) {
        Item.Fn f = (Item.Fn) parse("fn f() { " + text + " }").items().getFirst();
        assertFalse(reporter.hasErrors(), () -> reporter.diagnostics().toString());
        return f.body().result();
    }

    @Test
    void precedence() {
        Expr.Binary or = assertInstanceOf(Expr.Binary.class, expr("a || b && c == d + e * f"));
        assertEquals("||", or.op());
        Expr.Binary and = assertInstanceOf(Expr.Binary.class, or.right());
        assertEquals("&&", and.op());
        Expr.Binary eq = assertInstanceOf(Expr.Binary.class, and.right());
        Expr.Binary plus = assertInstanceOf(Expr.Binary.class, eq.right());
        assertEquals("+", plus.op());
        assertEquals("*", ((Expr.Binary) plus.right()).op());
    }

    @Test
    void leftAssociativeAndUnaryBindsLooserThanAs() {
        Expr.Binary sub = assertInstanceOf(Expr.Binary.class, expr("a - b - c"));
        assertInstanceOf(Expr.Binary.class, sub.left());
        Expr.Unary neg = assertInstanceOf(Expr.Unary.class, expr("-x as Float"));
        assertInstanceOf(Expr.Cast.class, neg.operand());
    }

    @Test
    void postfixChains() {
        Expr.MethodCall m = assertInstanceOf(Expr.MethodCall.class, expr("a.b[0].c(1)?"
                .replace("?", "")));
        assertEquals("c", m.name());
        assertInstanceOf(Expr.Index.class, m.receiver());
        assertInstanceOf(Expr.Try.class, expr("f()?"));
        assertInstanceOf(Expr.Await.class, expr("t.await"));
    }

    @Test
    void structLiteralsNotInConditions() {
        Expr.If i = assertInstanceOf(Expr.If.class, expr("if x == Y { 1 } else { 2 }"));
        assertInstanceOf(Expr.Binary.class, i.cond());
        Expr.StructLit s = assertInstanceOf(Expr.StructLit.class, expr("Point { x: 1.0, y }"));
        assertEquals(2, s.fields().size());
    }

    @Test
    void collectionsClosuresAndGenericsCalls() {
        assertInstanceOf(Expr.MapLit.class, expr("[:]"));
        assertEquals(2, assertInstanceOf(Expr.MapLit.class, expr("[\"a\": 1, \"b\": 2]")).keys().size());
        assertEquals(3, assertInstanceOf(Expr.VecLit.class, expr("[1, 2, 3]")).items().size());
        Expr.Closure c = assertInstanceOf(Expr.Closure.class, expr("|a, b: Int| a + b"));
        assertEquals(2, c.params().size());
        Expr.Call call = assertInstanceOf(Expr.Call.class, expr("chan<Int>(16)"));
        assertEquals(1, ((Expr.Name) call.callee()).typeArgs().size());
        assertInstanceOf(Expr.Binary.class, expr("a < b"));
    }

    @Test
    void statementsAndPatterns() {
        Item.Fn f = (Item.Fn) parse("""
                fn f() {
                    let (a, mut b) = p;
                    while a < 3 { b += 1; }
                    match x { Some(1 | 2) => 0, None => 1, 3..=9 if y => 2, _ => 3 }
                }
                """).items().getFirst();
        assertFalse(reporter.hasErrors(), () -> reporter.diagnostics().toString());
        Stmt.Let let = assertInstanceOf(Stmt.Let.class, f.body().stmts().get(0));
        assertInstanceOf(Pattern.Tuple.class, let.pattern());
        Expr.Match m = assertInstanceOf(Expr.Match.class, f.body().result());
        assertEquals(4, m.arms().size());
        assertInstanceOf(Pattern.Or.class, ((Pattern.Variant) m.arms().get(0).pattern()).args().getFirst());
        assertInstanceOf(Pattern.Range.class, m.arms().get(2).pattern());
    }

    @Test
    void items() {
        SourceUnit u = parse("""
                module app.x;
                import a.b;
                import a.b.{C, d};
                import a.b as e;
                pub struct P<T> { x: T }
                enum E { A(Int), B }
                impl<T> P<T> { pub fn get(self) -> T { self.x } }
                const K: Int = 1;
                static mut S: Vec<Int> = [];
                test fn works() {}
                async fn later() -> Int { 1 }
                extern "libm.so.6" { fn cos(x: c_double) -> c_double; }
                """);
        assertFalse(reporter.hasErrors(), () -> reporter.diagnostics().toString());
        List<Item> items = u.items();
        assertEquals(12, items.size());
        assertEquals(List.of("C", "d"), ((Item.Import) items.get(2)).names());
        assertEquals("e", ((Item.Import) items.get(3)).alias());
        assertEquals(true, ((Item.Fn) items.get(9)).isTest());
        assertEquals(true, ((Item.Fn) items.get(10)).isAsync());
        assertInstanceOf(Item.Extern.class, items.get(11));
    }

    @Test
    void externFunctionsAndReprCStructs() {
        SourceUnit u = parse("""
                #[repr(C)]
                struct P { x: c_int }
                extern "libc.so.6" {
                    pub fn printf(format: CStr, ...) -> c_int;
                    fn abs(n: c_int) -> c_int;
                }
                """);
        assertFalse(reporter.hasErrors(), () -> reporter.diagnostics().toString());
        assertEquals("P", ((Item.ReprC) u.items().get(1)).struct());
        Item.Extern ex = (Item.Extern) u.items().get(2);
        assertEquals("libc.so.6", ex.library());
        assertTrue(ex.functions().get(0).variadic() && ex.functions().get(0).pub());
        assertEquals(1, ex.functions().get(0).params().size());
        assertFalse(ex.functions().get(1).variadic());
        parse("#[repr(C)]\nfn f() {}\n");
        assertEquals("`#[repr(C)]` must stand before a `struct`", reporter.diagnostics().getFirst().message());
    }

    @Test
    void traceWrapsTheBodyInTheSpanBuiltin() {
        SourceUnit u = parse("""
                #[trace]
                fn f(n: Int) -> Int { if n < 0 { return 0; } n }
                impl P {
                    #[trace]
                    fn g(self) {}
                }
                """);
        assertFalse(reporter.hasErrors(), () -> reporter.diagnostics().toString());
        Expr.Call call = assertInstanceOf(Expr.Call.class, ((Item.Fn) u.items().get(0)).body().result());
        assertEquals(org.tlang.runtime.builtins.PreludeBuiltins.TRACE, ((Expr.Name) call.callee()).last());
        assertEquals(List.of("f"), ((Expr.StrLit) call.args().get(0)).parts());
        Expr.Closure body = assertInstanceOf(Expr.Closure.class, call.args().get(1));
        assertEquals("Int", ((TypeRef.Named) body.returnType()).path().getLast(), "the closure returns what the fn returns");
        Item.Fn g = ((Item.Impl) u.items().get(1)).methods().getFirst();
        assertEquals(List.of("P.g"), ((Expr.StrLit) ((Expr.Call) g.body().result()).args().get(0)).parts());

        parse("#[trace]\nstruct S { a: Int }\n");
        assertEquals("`#[trace]` must stand before a `fn`", reporter.diagnostics().getLast().message());
        parse("#[trace]\nasync fn h() {}\n");
        assertEquals("`#[trace]` cannot stand before an async fn", reporter.diagnostics().getLast().message());
    }

    @Test
    void recoversAndReportsSeveralSyntaxErrors() {
        parse("""
                fn a() { let = 1; }
                fn b() { 1 + ; }
                fn c() -> Int { 1 }
                """);
        assertEquals(2, reporter.errorCount(), () -> reporter.diagnostics().toString());
        assertEquals(1, reporter.diagnostics().get(0).line());
        assertEquals(2, reporter.diagnostics().get(1).line());
    }
}
