package org.tlang.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;
import org.tlang.modules.Compiler;

class CheckerTest {
    @TempDir
    Path dir;

    private List<Diagnostic> check(String source) throws IOException {
        Path f = dir.resolve("bad.t");
        Files.writeString(f, source);
        return Compiler.check(f);
    }

    private Diagnostic only(String source) throws IOException {
        List<Diagnostic> ds = check(source);
        assertEquals(1, ds.size(), ds::toString);
        return ds.getFirst();
    }

    @Test
    void mismatchHasMessageLineColumnAndCaret() throws IOException {
        Diagnostic d = only("fn main() {\n\n    let x: Int = \"a\";\n}\n");
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("type mismatch: expected Int, found Str", d.message());
        assertEquals(3, d.line());
        assertEquals(18, d.column());
        String file = d.file();
        assertEquals("""
                error: type mismatch: expected Int, found Str
                 --> %s:3:18
                  |
                3 |     let x: Int = "a";
                  |                  ^
                """.formatted(file), d.render());
    }

    @Test
    void aBuiltinGivingAStdTypeNeedsThatModuleInstalled() throws IOException {
        // the kernel alone has no std.io, whose IoError recv_timeout gives
        Diagnostic d = only("fn main() {\n    let (tx, rx) = chan<Int>(1);\n    println(rx.recv_timeout(5));\n}\n");
        assertEquals("`recv_timeout` gives a type of std.io (IoError), and std.io is not installed", d.message());
        assertEquals(3, d.line());
    }

    @Test
    void reportsEveryError() throws IOException {
        List<Diagnostic> ds = check("""
                fn f(a: Int) -> Int { a }
                fn main() {
                    f("x");
                    let y = nope;
                    let z: Bool = 1 + 2;
                    f(1, 2);
                }
                """);
        assertEquals(List.of(3, 4, 5, 6), ds.stream().map(Diagnostic::line).toList(), ds::toString);
        assertTrue(ds.get(1).message().contains("cannot find `nope`"));
    }

    @Test
    void commonMistakes() throws IOException {
        assertEquals("cannot apply `+` to Bool", only("fn main() { let a = true + false; }").message());
        assertEquals("cannot assign to `x`: it is not declared `mut`", only("fn main() { let x = 1; x = 2; }").message());
        assertEquals("non-exhaustive `match`: pattern `None` of type Option<Int> is not covered",
                only("fn main() { let o = Some(1); match o { Some(x) => {} } }").message());
        assertEquals("`break` outside of a loop", only("fn main() { break; }").message());
        assertEquals("no method `nope` on type Int", only("fn main() { 1.nope(); }").message());
        assertTrue(only("fn f() -> Int { if true { 1 } else { \"x\" } }").message().contains("different types"));
        assertEquals(List.of(), check("extern \"libm.so.6\" { fn cos(x: c_double) -> c_double; }\nfn main() { let y: Float = cos(0.5); }"));
        assertTrue(only("extern \"libc.so.6\" { fn getpid() -> Int; }\nfn main() {}").message()
                .startsWith("`Int` is not a C type (for a C long write c_long, for an int c_int)"));
        assertTrue(only("fn main() { let v = Vec::new(); }").message().startsWith("type annotations needed"));
    }

    @Test
    void inferenceFromLaterUse() throws IOException {
        assertEquals(List.of(), check("fn main() { let s = Set::new(); s.insert(\"a\"); let v = []; v.push(1); }"));
    }

    @Test
    void warningsDoNotStopCompilation() throws IOException {
        List<Diagnostic> ds = check("fn risky() -> Result<Int, Str> { Ok(1) }\nfn main() { risky(); let _ = risky(); }\n");
        assertEquals(1, ds.size(), ds::toString);
        assertEquals(Severity.WARNING, ds.getFirst().severity());
        assertTrue(ds.getFirst().render().startsWith("warning: unused `Result`"), ds.getFirst().render());
        assertEquals(13, ds.getFirst().column());
    }

    @Test
    void lexicalLimits() throws IOException {
        assertEquals("integer literal `0xffff_ffff_ffff_ffff` is too large for Int",
                only("fn main() { println(0xffff_ffff_ffff_ffff); }").message());
        Diagnostic esc = only("fn main() { println(\"\\u{D800}\"); }");
        assertTrue(esc.message().startsWith("invalid unicode escape"), esc.message());
        assertEquals(22, esc.column());
    }

    @Test
    void awaitOnlyInAsyncFn() throws IOException {
        assertTrue(only("async fn get() -> Int { 1 }\nfn main() { let v = get().await; }").message().startsWith("`.await` is only allowed inside an `async fn`"));
        assertEquals(List.of(), check("async fn get() -> Int { 1 }\nasync fn two() -> Int { get().await + 1 }\nfn main() { println(two().join()); }"));
    }
    private static String at(Diagnostic d) {
        return d.line() + ":" + d.column() + " " + d.message();
    }

    @Test
    void patternsOfTheWrongArityAreErrorsAtThePattern() throws IOException {
        String decls = "enum Shape { Rect(Int, Int), Dot }\nenum E { A(Int), B(Int) }\n";
        assertEquals("3:28 variant `Rect` has 2 field(s), the pattern gives 1",
                at(only(decls + "fn f(s: Shape) { match s { Shape::Rect(w) => {}, Shape::Dot => {} } }")));
        assertEquals("3:24 variant `A` has 1 field(s), the pattern gives 0",
                at(only(decls + "fn f(e: E) { match e { E::A => {}, E::B(_) => {} } }")));
        assertEquals(List.of("3:24 variant `A` has 1 field(s), the pattern gives 0", "3:31 variant `B` has 1 field(s), the pattern gives 0"),
                check(decls + "fn f(e: E) { match e { E::A | E::B => {} } }").stream().map(CheckerTest::at).toList());
        assertEquals("3:34 variant `Some` has 1 field(s), the pattern gives 0",
                at(only(decls + "fn f(o: Option<Int>) { match o { Some() => {}, None => {} } }")));
        assertEquals("3:34 variant `Some` has 1 field(s), the pattern gives 2",
                at(only(decls + "fn f(o: Option<Int>) { match o { Some(a, b) => {}, None => {} } }")));
    }

    @Test
    void aPatternOfAnotherShapeIsATypeMismatchAtThePattern() throws IOException {
        String decls = "struct P { x: Int }\n";
        assertEquals("2:28 type mismatch: expected (Int, Int), found P", at(only(decls + "fn main() { match (1, 2) { P { x } => {} } }")));
        assertEquals("2:24 pattern is a 2-tuple, but the value has type P",
                at(only(decls + "fn f(p: P) { match p { (a, b) => {}, _ => {} } }")));
        assertEquals("2:28 pattern is a 3-tuple, but the value has type (Int, Int)",
                at(only(decls + "fn main() { match (1, 2) { (a, b, c) => {} } }")));
        assertEquals("2:28 type mismatch: expected (Int, Int), found Option<_>",
                at(only(decls + "fn main() { match (1, 2) { Some(x) => {}, _ => {} } }")));
    }

    @Test
    void aBareNameThatIsNoVariantBindsAndCoversTheRest() throws IOException {
        assertEquals(List.of(), check("enum C { Red, Green }\nfn f(c: C) -> Int { match c { Red => 1, Other => 2 } }"));
    }
}
