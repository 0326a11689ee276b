package org.tlang.hotpatch.reload;

import org.tlang.api.ReloadOutcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.modules.LoadedModule;
import org.tlang.modules.ModuleRegistry;
import org.tlang.spi.program.ModuleSource;
import org.tlang.spi.program.Staged;
import org.tlang.testing.TestHost;

class ReloadTest {
    @TempDir
    Path dir;

    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void unchangedStaticKeepsItsValueAndNewCallsRunNewCode() throws Exception {
        Path f = write("counter.t", """
                static mut hits: Int = 0;
                pub fn tick() -> Int { hits += 1; hits }
                pub fn label() -> Str { "old" }
                """);
        ModuleRegistry reg = new ModuleRegistry(new TestHost());
        Reloader reloader = new Reloader(reg.switcher());
        reg.load(f);
        reg.call("counter", "tick");
        reg.call("counter", "tick");
        assertEquals("old", reg.call("counter", "label"));
        write("counter.t", """
                static mut hits: Int = 100;
                pub fn tick() -> Int { hits += 10; hits }
                pub fn label() -> Str { "new" }
                """);
        ReloadOutcome out = reloader.reload(f);
        assertTrue(out.applied(), out.render());
        assertEquals(List.of("hits"), out.keptStatics());
        assertEquals("new", reg.call("counter", "label"));
        assertEquals("12", reg.call("counter", "tick"));
    }

    @Test
    void typeChangedStaticNeedsAMigration() throws Exception {
        Path f = write("s.t", """
                static mut v: Int = 5;
                pub fn get() -> Str { "{v}" }
                """);
        ModuleRegistry reg = new ModuleRegistry(new TestHost());
        Reloader reloader = new Reloader(reg.switcher());
        reg.load(f);
        write("s.t", """
                static mut v: Str = "fresh";
                pub fn get() -> Str { v }
                """);
        ReloadOutcome refused = reloader.reload(f);
        assertFalse(refused.applied());
        assertTrue(refused.render().contains("the type of static `v` changes from `Int` to `Str`"), refused.render());
        assertTrue(refused.render().contains("s.t:1:"), refused.render());
        assertEquals("5", reg.call("s", "get"), "the old version keeps serving");

        write("s.t", """
                static mut v: Str = "fresh";
                pub fn get() -> Str { v }

                #[migrate(v)]
                fn from_count(old: Int) -> Str { "was {old}" }
                """);
        ReloadOutcome migrated = reloader.reload(f);
        assertTrue(migrated.applied(), migrated.render());
        assertEquals(List.of("v"), migrated.migratedStatics());
        assertTrue(migrated.render().contains("migrated v"), migrated.render());
        assertEquals("was 5", reg.call("s", "get"));
    }

    @Test
    void aMigrationThatDoesNotFitOrPanicsIsRefused() throws Exception {
        Path f = write("m.t", "static mut n: Int = 7;\npub fn get() -> Str { \"{n}\" }\n");
        ModuleRegistry reg = new ModuleRegistry(new TestHost());
        Reloader reloader = new Reloader(reg.switcher());
        reg.load(f);
        write("m.t", "static mut n: Float = 0.0;\npub fn get() -> Str { \"{n}\" }\n#[migrate(n)]\nfn m(old: Str) -> Float { 1.0 }\n");
        ReloadOutcome wrongType = reloader.reload(f);
        assertFalse(wrongType.applied());
        assertTrue(wrongType.render().contains("must take the old value and return the new one: `fn m(old: Int) -> Float`"), wrongType.render());

        write("m.t", "static mut n: Float = 0.0;\npub fn get() -> Str { \"{n}\" }\n#[migrate(n)]\nfn m(old: Int) -> Float { panic(\"no\") }\n");
        ReloadOutcome panicked = reloader.reload(f);
        assertFalse(panicked.applied());
        assertTrue(panicked.render().contains("migration `m` of `n` panicked: no"), panicked.render());

        write("m.t", "static mut n: Int = 0;\npub fn get() -> Str { \"{n}\" }\n#[migrate(nn)]\nfn m(old: Int) -> Int { old }\n");
        ReloadOutcome typo = reloader.reload(f);
        assertFalse(typo.applied());
        assertTrue(typo.render().contains("this module has no `static nn`"), typo.render());
        assertEquals("7", reg.call("m", "get"));

        // a session's policy (the REPL's): a changed static starts over instead of refusing
        Staged reset = reg.switcher().stage(List.of(ModuleSource.file(write("m.t", "static mut n: Str = \"s\";\npub fn get() -> Str { n }\n"))));
        reset.changedStatics().forEach(reset::reset);
        assertEquals(List.of(), reset.initialise());
        reset.commit();
        assertEquals(List.of("n"), reset.resetStatics());
        assertEquals("s", reg.call("m", "get"));
    }

    @Test
    void versionWithCompileErrorIsRefusedAndOldKeepsServing() throws Exception {
        Path f = write("m.t", "pub fn f() -> Int { 1 }\n");
        ModuleRegistry reg = new ModuleRegistry(new TestHost());
        Reloader reloader = new Reloader(reg.switcher());
        reg.load(f);
        write("m.t", "pub fn f() -> Int { \"one\" }\n");
        ReloadOutcome out = reloader.reload(f);
        assertFalse(out.applied());
        assertEquals(1, out.diagnostics().size());
        assertTrue(out.render().contains("type mismatch: expected Int, found Str"), out.render());
        assertEquals("1", reg.call("m", "f"));
    }

    @Test
    void removingAPubFnThatADependentUsesIsRefused() throws Exception {
        write("t.toml", "name = \"p\"\nversion = \"0.1.0\"\n");
        Path lib = write("src/lib.t", "pub fn helper() -> Int { 7 }\npub fn other() -> Int { 1 }\n");
        Path app = write("src/app.t", "import lib;\npub fn run() -> Int { lib.helper() }\n");
        ModuleRegistry reg = new ModuleRegistry(new TestHost());
        Reloader reloader = new Reloader(reg.switcher());
        reg.load(app);
        assertEquals("7", reg.call("app", "run"));
        write("src/lib.t", "pub fn other() -> Int { 2 }\n");
        ReloadOutcome out = reloader.reload(lib);
        assertFalse(out.applied());
        String text = out.render();
        assertTrue(text.contains("helper") && text.contains("app") && text.contains("src/app.t"), text);
        assertEquals("1", reg.call("lib", "other"));
        // a compatible change is accepted, and the dependent sees it on its next call
        write("src/lib.t", "pub fn helper() -> Int { 8 }\npub fn other() -> Int { 2 }\n");
        assertTrue(reloader.reload(lib).applied());
        assertEquals("8", reg.call("app", "run"));
    }

    @Test
    void changedSignatureUsedByDependentIsRefused() throws Exception {
        write("t.toml", "name = \"p\"\nversion = \"0.1.0\"\n");
        Path lib = write("src/lib.t", "pub fn helper(x: Int) -> Int { x }\n");
        Path app = write("src/app.t", "import lib.{helper};\npub fn run() -> Int { helper(3) }\n");
        ModuleRegistry reg = new ModuleRegistry(new TestHost());
        Reloader reloader = new Reloader(reg.switcher());
        reg.load(app);
        write("src/lib.t", "pub fn helper(x: Str) -> Int { 0 }\n");
        ReloadOutcome out = reloader.reload(lib);
        assertFalse(out.applied());
        assertTrue(out.render().contains("fn helper(Int) -> Int"), out.render());
    }

    @Test
    void runningMainSeesReloadedFunctions() throws Exception {
        Path f = write("loop.t", """
                static mut n: Int = 0;
                fn step() -> Str { "a" }
                fn main() {
                    while n < 40 { n += 1; print(step()); sleep(5); }
                    println("");
                }
                """);
        TestHost host = new TestHost();
        ModuleRegistry reg = new ModuleRegistry(host);
        Reloader reloader = new Reloader(reg.switcher());
        LoadedModule m = reg.load(f);
        Thread runner = Thread.ofPlatform().start(() -> reg.runMain(m, List.of()));
        Thread.sleep(60);
        write("loop.t", """
                static mut n: Int = 0;
                fn step() -> Str { "b" }
                fn main() {
                    while n < 40 { n += 1; print(step()); sleep(5); }
                    println("");
                }
                """);
        ReloadOutcome out = reloader.reload(f);
        assertTrue(out.applied(), out.render());
        runner.join(5000);
        String printed = host.stdout().trim();
        assertEquals(40, printed.length(), printed);
        assertTrue(printed.startsWith("a") && printed.endsWith("b") && printed.matches("a+b+"), printed);
    }

    @Test
    void structValuesSurviveWhenTheShapeIsUnchangedAndAreMigratedOtherwise() throws Exception {
        String v1 = """
                struct Point { x: Int, y: Int }
                static mut points: Vec<Point> = [];
                pub fn add() -> Int { points.push(Point { x: points.len(), y: 0 }); points.len() }
                pub fn show() -> Str { "{points}" }
                """;
        Path f = write("shapes.t", v1);
        ModuleRegistry reg = new ModuleRegistry(new TestHost());
        Reloader reloader = new Reloader(reg.switcher());
        reg.load(f);
        reg.call("shapes", "add");
        reg.call("shapes", "add");
        write("shapes.t", v1.replace("{points}", "v2 {points}"));
        ReloadOutcome same = reloader.reload(f);
        assertEquals(List.of("points"), same.keptStatics(), same.render());
        assertEquals("v2 [Point { x: 0, y: 0 }, Point { x: 1, y: 0 }]", reg.call("shapes", "show"));
        write("shapes.t", v1.replace("y: Int }", "y: Int, z: Int }").replace("y: 0 }", "y: 0, z: 0 }"));
        ReloadOutcome changed = reloader.reload(f);
        assertFalse(changed.applied(), "a changed shape needs a migration");
        assertTrue(changed.render().contains("static `points`"), changed.render());

        // the migration pattern: keep the old struct, add the new one, convert the values
        write("shapes.t", """
                struct Point { x: Int, y: Int }
                struct Point3 { x: Int, y: Int, z: Int }
                static mut points: Vec<Point3> = [];
                pub fn add() -> Int { points.push(Point3 { x: points.len(), y: 0, z: 0 }); points.len() }
                pub fn show() -> Str { "v3 {points}" }
                #[migrate(points)]
                fn lift(old: Vec<Point>) -> Vec<Point3> { old.map(|p| Point3 { x: p.x, y: p.y, z: 9 }) }
                """);
        ReloadOutcome migrated = reloader.reload(f);
        assertTrue(migrated.applied(), migrated.render());
        assertEquals("v3 [Point3 { x: 0, y: 0, z: 9 }, Point3 { x: 1, y: 0, z: 9 }]", reg.call("shapes", "show"));
    }

    @Test
    void aTransactionReloadsModulesThatOnlyFitTogether() throws Exception {
        Path lib = write("lib.t", "pub fn greet(name: Str) -> Str { \"hi {name}\" }\n");
        Path app = write("app.t", "import lib;\npub fn run() -> Str { lib.greet(\"t\") }\n");
        ModuleRegistry reg = new ModuleRegistry(new TestHost());
        Reloader reloader = new Reloader(reg.switcher());
        reg.load(app);
        write("lib.t", "pub fn greet(name: Str, times: Int) -> Str { \"hi {name}\".repeat(times) }\n");
        write("app.t", "import lib;\npub fn run() -> Str { lib.greet(\"t\", 2) }\n");

        ReloadOutcome alone = reloader.reload(lib);
        assertFalse(alone.applied(), "app still calls greet with one argument");
        assertTrue(alone.render().contains("app"), alone.render());

        ReloadOutcome together = reloader.reload(List.of(lib, app));
        assertTrue(together.applied(), together.render());
        assertEquals("hi thi t", reg.call("app", "run"));
        assertEquals(2, reg.module("lib").version());
        assertEquals(2, reg.module("app").version());
    }

    @Test
    void reloadOfAFileThatIsNotLoadedIsRefused() throws Exception {
        Path f = write("lonely.t", "fn main() {}\n");
        ReloadOutcome out = new Reloader(new ModuleRegistry(new TestHost()).switcher()).reload(f);
        assertFalse(out.applied());
        assertTrue(out.render().contains("not loaded"), out.render());
    }

    @Test
    void changedConstValueReachesDependentsAndInitialisers() throws Exception {
        write("t.toml", "name = \"p\"\nversion = \"0.1.0\"\n");
        Path lib = write("src/cfg.t", "pub const LIMIT: Int = 10;\npub const DOUBLE: Int = LIMIT * 2;\n");
        write("src/app.t", "import cfg;\npub fn limits() -> Str { \"{cfg.LIMIT} {cfg.DOUBLE}\" }\n");
        ModuleRegistry reg = new ModuleRegistry(new TestHost());
        Reloader reloader = new Reloader(reg.switcher());
        reg.load(dir.resolve("src/app.t"));
        assertEquals("10 20", reg.call("app", "limits"));
        write("src/cfg.t", "pub const LIMIT: Int = 50;\npub const DOUBLE: Int = LIMIT * 2;\n");
        ReloadOutcome out = reloader.reload(lib);
        assertTrue(out.applied(), out.render());
        assertEquals("50 100", reg.call("app", "limits"));
    }

    @Test
    void reloadUnderConcurrentCallsNeverFailsACall() throws Exception {
        Path f = write("svc.t", "pub fn a() -> Int { 0 }\npub fn b() -> Int { 0 }\npub fn both() -> Int { a() * 1000 + b() }\n");
        ModuleRegistry reg = new ModuleRegistry(new TestHost());
        Reloader reloader = new Reloader(reg.switcher());
        reg.load(f);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ConcurrentLinkedQueue<String> bad = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<Thread> callers = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            callers.add(Thread.ofVirtual().start(() -> {
                while (!stop.get()) {
                    try {
                        int v = Integer.parseInt(reg.call("svc", "both"));
                        if (v / 1000 > 20 || v % 1000 > 20) bad.add("odd value " + v);
                        calls.incrementAndGet();
                    } catch (RuntimeException e) {
                        bad.add(e.toString());
                    }
                }
            }));
        }
        for (int version = 1; version <= 20; version++) {
            write("svc.t", "pub fn a() -> Int { " + version + " }\npub fn b() -> Int { " + version
                    + " }\npub fn both() -> Int { a() * 1000 + b() }\n");
            assertTrue(reloader.reload(f).applied());
            Thread.sleep(2);
        }
        stop.set(true);
        for (Thread t : callers) t.join();
        assertTrue(bad.isEmpty(), bad::toString);
        assertTrue(calls.get() > 0);
        assertEquals("20020", reg.call("svc", "both"));
    }
}
