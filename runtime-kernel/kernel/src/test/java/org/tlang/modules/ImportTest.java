package org.tlang.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.testing.TRunner;
import org.tlang.testing.TestHost;

class ImportTest {
    @TempDir
    Path dir;

    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void moduleNamesFollowTheSourceRoot() throws IOException {
        write("t.toml", "name = \"app\"\nversion = \"1.0.0\"\n");
        Path users = write("src/app/users.t", "");
        Path loose = write("elsewhere/tool.t", "");
        assertEquals("app.users", ModuleNames.moduleName(users));
        assertEquals("tool", ModuleNames.moduleName(dir.resolve("elsewhere/tool.t")).equals("tool") ? "tool" : "?");
        assertEquals("src/app/users.t", ModuleNames.displayName(users));
        assertTrue(Files.exists(loose));
    }

    @Test
    void allThreeImportFormsAcrossModules() throws IOException {
        write("t.toml", "name = \"app\"\nversion = \"1.0.0\"\n");
        write("src/app/users.t", """
                module app.users;
                pub struct User { name: Str, age: Int }
                pub fn find(id: Int) -> User { User { name: "u{id}", age: id } }
                pub fn older(u: User) -> User { User { name: u.name, age: u.age + 1 } }
                pub const LIMIT: Int = 3;
                fn hidden() -> Int { 0 }
                """);
        write("src/app/fmt.t", "pub fn show(n: Int) -> Str { \"#{n}\" }\n");
        Path main = write("src/main.t", """
                import app.users;
                import app.users.{User, find};
                import app.fmt as f;
                fn main() {
                    let a: User = find(1);
                    let b = users.older(a);
                    println("{b.name} {b.age} {users.LIMIT} {f.show(7)}");
                }
                """);
        TRunner.Result r = TRunner.runFile(main);
        assertEquals(0, r.exit(), r.err());
        assertEquals("u1 2 3 #7\n", r.out());
    }

    @Test
    void privateItemsAndMissingModulesAreCompileErrors() throws IOException {
        write("t.toml", "name = \"app\"\nversion = \"1.0.0\"\n");
        write("src/lib.t", "fn hidden() -> Int { 0 }\n");
        Path main = write("src/main.t", "import lib;\nimport nothere;\nfn main() { lib.hidden(); }\n");
        CompileException e = assertThrows(CompileException.class, () -> new ModuleRegistry(new TestHost()).load(main));
        List<String> messages = e.diagnostics().stream().map(d -> d.message()).toList();
        assertEquals(2, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("cannot find module `nothere`"), messages::toString);
        assertEquals("`hidden` is private to module `lib`", messages.get(1));
        assertTrue(e.render().contains(" --> src/main.t:3:17"), e.render());
    }

    @Test
    void moduleDeclarationMustMatchThePath() throws IOException {
        write("t.toml", "name = \"app\"\nversion = \"1.0.0\"\n");
        Path f = write("src/a/b.t", "module a.c;\nfn main() {}\n");
        assertEquals("module declaration `a.c` does not match the file's module name `a.b`", Compiler.check(f).getFirst().message());
    }

    @Test
    void importsWithinAPackageMayBeCyclic() throws IOException {
        write("t.toml", "name = \"app\"\nversion = \"1.0.0\"\n");
        write("src/even.t", "import odd;\npub fn is_even(n: Int) -> Bool { if n == 0 { true } else { odd.is_odd(n - 1) } }\n");
        write("src/odd.t", "import even;\npub fn is_odd(n: Int) -> Bool { if n == 0 { false } else { even.is_even(n - 1) } }\n");
        Path main = write("src/main.t", "import even;\nfn main() { println(even.is_even(10)); }\n");
        assertEquals("true\n", TRunner.runFile(main).out());
    }

    @Test
    void standaloneFileImportsItsSiblings() throws IOException {
        write("solo/helper.t", "pub fn two() -> Int { 2 }\n");
        Path main = write("solo/main.t", "import helper;\nfn main() { println(helper.two()); }\n");
        assertEquals("2\n", TRunner.runFile(main).out());
    }
}
