package org.tlang.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.Instruction;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.IncrementInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.modules.LoadedModule;
import org.tlang.modules.ModuleRegistry;
import org.tlang.spi.tier.ExecutionTier;
import org.tlang.testing.Switches;
import org.tlang.testing.TestHost;

class JitTierTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err, JitTier tier) {}

    /** Runs on the JIT and on the interpreter; both must give the same status, stdout and stderr. */
    Run run(String source, ExecutionTier.Policy policy) throws Exception {
        Path file = dir.resolve("prog.t");
        Files.writeString(file, source);
        Run jit = runOn(file, new JitTier(policy, Boolean.getBoolean("tlang.jit.trace")));
        Run interp = runOn(file, null);
        assertEquals(interp.status(), jit.status());
        assertEquals(interp.out(), jit.out());
        assertEquals(interp.err(), jit.err());
        return jit;
    }

    Run runOn(Path file, JitTier tier) throws Exception {
        TestHost host = new TestHost(tier);
        ModuleRegistry registry = new ModuleRegistry(host);
        LoadedModule m = registry.load(file);
        int status = host.finish(registry.runMain(m, List.of()));
        return new Run(status, host.stdout(), host.stderr(), tier);
    }

    @Test
    void aStoppedTierCompilesNothingAndTheProgramStillRuns() throws Exception {
        Path file = dir.resolve("prog.t");
        Files.writeString(file, "fn sq(x: Int) -> Int { x * x }\nfn main() { println(sq(7)); }\n");
        JitTier tier = new JitTier(ExecutionTier.Policy.EAGER, false);
        tier.deactivate();
        Run r = runOn(file, tier);
        assertEquals(0, r.status());
        assertEquals("49\n", r.out());
        assertEquals(0, tier.compiled());
        assertEquals(0, tier.failed());
    }

    @Test
    void compilesArithmeticLoopsAndCalls() throws Exception {
        Run r = run("""
                fn fib(n: Int) -> Int { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
                fn sum(n: Int) -> Int {
                    let mut s = 0;
                    let mut i = 0;
                    while i < n { if i % 3 == 0 { s += i ^ (i >> 3); } else { s -= i & 1023; } i += 1; }
                    s
                }
                fn main() { println(fib(20)); println(sum(1000)); println("{1.5 * 2.0}"); }
                """, ExecutionTier.Policy.EAGER);
        assertEquals("6765\n-165112\n3.0\n", r.out());
        assertEquals(3, r.tier().compiled());
        assertEquals(0, r.tier().failed());
    }

    @Test
    void panicTraceIsTheInterpretersWithFileAndLine() throws Exception {
        String src = """
                fn inner(a: Int, b: Int) -> Int {
                    a / b
                }
                fn outer(x: Int) -> Int {
                    inner(x, 0) + 1
                }
                fn main() { println(outer(3)); }
                """;
        Run jit = run(src, ExecutionTier.Policy.EAGER);
        assertEquals(101, jit.status());
        assertEquals("""
                panic: division by zero
                    at prog.inner (%1$s:2:7)
                    at prog.outer (%1$s:5:5)
                    at prog.main (%1$s:7:21)
                """.formatted(dir.resolve("prog.t")), jit.err());
        assertEquals(3, jit.tier().compiled());
    }

    @Test
    void overflowPanics() throws Exception {
        Run r = run("fn main() { let mut x = 9223372036854775000; while true { x += 100; } }", ExecutionTier.Policy.EAGER);
        assertEquals(101, r.status());
        assertTrue(r.err().startsWith("panic: integer overflow\n    at prog.main ("), r.err());
    }

    @Test
    void aStepBoundedByTheLoopConditionNeedsNoCheckAndAnUnboundedOneStillOverflows() throws Exception {
        // `i += 1` under `i < n && ..` (anywhere in the body) cannot pass the largest Int; a step of `i`
        // that something else in the loop also writes, or one under `i > 0`, can, and panics
        Run r = run("""
                fn upTo(n: Int) -> Int {
                    let mut i = n - 3;
                    let mut k = 0;
                    while k < 100 && i < n && true { k += 1; i += 1; }
                    k * 10 + (n - i)
                }
                fn down(m: Int) -> Int {
                    let mut i = m + 2;
                    while i > m && i != 0 { i -= 1; }
                    i
                }
                fn mirrored(m: Int) -> Int {
                    let mut i = m + 2;
                    while m < i && i != 0 { i -= 1; }
                    i
                }
                fn middle(n: Int) -> Int {
                    let mut lo = n - 4;
                    let mut hi = n;
                    let mut swaps = 0;
                    while lo < hi { swaps += 1; lo += 1; hi -= 1; }
                    swaps * 10 + (n - lo)
                }
                fn twice(n: Int) -> Int {
                    let mut i = n - 50;
                    while i < n { i += 1; i += 100; }
                    i
                }
                fn away(n: Int) -> Int {
                    let mut i = n;
                    while i > 0 && i != 5 { i += 1; }
                    i
                }
                fn main() {
                    println(upTo(9223372036854775807));
                    println(upTo(10));
                    println(down(-9223372036854775807 - 1));
                    println(mirrored(-9223372036854775807 - 1));
                    println(middle(9223372036854775807));
                    if upTo(10) == 30 { println(twice(9223372036854775807)); }
                    println(away(9223372036854775800));
                }
                """, ExecutionTier.Policy.EAGER);
        assertEquals(101, r.status());
        assertEquals("30\n30\n-9223372036854775808\n-9223372036854775808\n22\n", r.out());
        assertTrue(r.err().startsWith("panic: integer overflow\n    at prog.twice ("), r.err());
    }

    @Test
    void countersThatFitAnIntGetIntSlotsAndLoopsPollOnlyBetweenStrips() throws Exception {
        // i is bounded by a length and j by a constant: int slots, int compares, `iinc`. j's loop runs
        // 50 times from 0: it never polls; i's runs in strips and polls only at a strip's head, so
        // nothing inside the loops calls poll. upTo's i is bounded by a parameter: a long, compared
        // with lcmp (its condition and its strip's limit).
        Path dump = dir.resolve("dump");
        System.setProperty("tlang.jit.dump", dump.toString());
        Run r;
        try {
            r = run("""
                    fn grid(v: Vec<Int>) -> Int {
                        let mut s = 0;
                        let mut i = 0;
                        while i < v.len() {
                            let mut j = 0;
                            while j < 50 { s += v[i] * j; j += 1; }
                            i += 1;
                        }
                        s
                    }
                    fn upTo(n: Int) -> Int { let mut s = 0; let mut i = 0; while i < n { s += i; i += 1; } s }
                    fn main() { println(grid([1, 2, 3])); println(upTo(10)); }
                    """, ExecutionTier.Policy.EAGER);
        } finally {
            System.clearProperty("tlang.jit.dump");
        }
        assertEquals("7350\n45\n", r.out());
        List<Instruction> grid = code(dump, "grid");
        assertEquals(2, count(grid, i -> i instanceof IncrementInstruction inc && inc.constant() == 1), grid.toString());
        assertEquals(3, count(grid, i -> i.opcode() == Opcode.IF_ICMPGE), grid.toString()); // i < len, the strip's limit, j < 50
        assertEquals(0, count(grid, i -> i.opcode() == Opcode.LCMP), grid.toString());
        assertEquals(1, count(grid, JitTierTest::polls), grid.toString());
        assertFalse(pollsInLoop(grid, 50), grid.toString());
        List<Instruction> upTo = code(dump, "upTo");
        assertEquals(0, count(upTo, i -> i instanceof IncrementInstruction inc && inc.constant() == 1), upTo.toString());
        assertEquals(2, count(upTo, i -> i.opcode() == Opcode.LCMP), upTo.toString());
    }

    @Test
    void loopsRunInStripsEndAtTheLargestCounterAndStopWhenCancelled() throws Exception {
        // a strip's limit saturates at the largest int or Int: the loop still ends where its condition says
        Run r = run("""
                fn upToMax() -> Int { let mut i = 2147483600; let mut k = 0; while i < 2147483647 { i += 1; k += 1; } k }
                fn longUpToMax() -> Int { let mut i = 9223372036854775800; let mut k = 0; while i < 9223372036854775807 && k < 100 { i += 1; k += 1; } k }
                fn rangeToMax() -> Int { let mut k = 0; for i in 9223372036854775800..=9223372036854775807 { k += 1; } k }
                fn rangeLong(n: Int) -> Int { let mut k = 0; for i in 0..n { if i % 2 == 0 { continue; } k += 1; } k }
                fn each() -> Int { let v = [1, 2, 3]; let mut s = 0; for x in v { if x == 2 { continue; } s += x; } s }
                fn main() { println(upToMax()); println(longUpToMax()); println(rangeToMax()); println(rangeLong(100000)); println(each()); }
                """, ExecutionTier.Policy.EAGER);
        assertEquals("47\n7\n8\n50000\n4\n", r.out());
    }

    /** The instructions of the function {@code name} as the JIT generated them: the method `call` of the class `name$N` it dumped. */
    private static List<Instruction> code(Path dump, String name) throws IOException {
        try (var files = Files.walk(dump)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(name + "$")).toList()) {
                for (MethodModel m : ClassFile.of().parse(f).methods()) {
                    if (m.methodName().equalsString("call") && m.code().isPresent()) {
                        return m.code().get().elementStream().filter(e -> e instanceof Instruction).map(e -> (Instruction) e).toList();
                    }
                }
            }
        }
        throw new AssertionError("no class " + name + "$N dumped in " + dump);
    }

    private static long count(List<Instruction> code, java.util.function.Predicate<Instruction> which) {
        return code.stream().filter(which).count();
    }

    private static boolean polls(Instruction i) {
        return i instanceof InvokeInstruction call && call.name().equalsString("poll");
    }

    /** Whether a loop whose condition compares with the constant {@code bound} has a poll between that comparison and its back edge (the next goto). */
    private static boolean pollsInLoop(List<Instruction> code, int bound) {
        int at = -1;
        for (int k = 0; k < code.size(); k++) {
            if (code.get(k) instanceof ConstantInstruction c && Integer.valueOf(bound).equals(c.constantValue())) at = k;
        }
        if (at < 0) throw new AssertionError("no loop bounded by " + bound + ": " + code);
        for (int k = at; k < code.size() && code.get(k).opcode() != Opcode.GOTO; k++) if (polls(code.get(k))) return true;
        return false;
    }

    @Test
    void tieredCompilesHotFunctionsInTheBackground() throws Exception {
        Run r = run("""
                fn sq(x: Int) -> Int { x * x }
                fn main() { let mut s = 0; let mut i = 0; while i < 100000 { s += sq(i % 100); i += 1; } println(s); }
                """, JitTier.tiered(100, 1000));
        assertEquals("328350000\n", r.out());
        for (int i = 0; i < 200 && r.tier().compiled() < 2; i++) Thread.sleep(10);
        assertEquals(2, r.tier().compiled());
    }

    @Test
    void onStackReplacementMovesARunningLoopIntoCompiledCode() throws Exception {
        // main is called once: only its loops' back edges can get it out of the interpreter
        Run r = run("""
                fn find(limit: Int) -> Int {
                    let mut i = 0;
                    while true { if i * i > limit { return i; } i += 1; }
                    -1
                }
                fn main() {
                    let mut s = 0;
                    let mut x = 0.5;
                    let mut flag = false;
                    let mut name = "n";
                    for i in 0..300000 { s += i % 7; x = x * 0.999 + 0.001; flag = !flag; }
                    let mut k = 0;
                    let found = loop { k += 3; if k > 200000 { break k * 2; } };
                    for j in 0..=5 { name = "{name}{j}"; }
                    println("{s} {x} {flag} {found} {name} {find(1000000)}");
                    let mut v = 0;
                    while v < 100000 { v += 1; }
                    let mut w = 9223372036854775000;
                    while true { w += 100; }
                }
                """, JitTier.tiered(1_000_000, 1000));
        assertEquals(101, r.status());
        assertTrue(r.out().startsWith("899997 "), r.out());
        assertTrue(r.tier().osrCompiled() >= 4, "loops compiled for OSR: " + r.tier().osrCompiled());
        assertEquals(0, r.tier().failed());
    }

    @Test
    void aLoopWhoseWorkIsInClosuresGivenToBuiltInsMovesToCompiledCodeOnceTheyAreHot() throws Exception {
        // 30 rounds are far below the loop threshold: the loop gets hot only through its closures' calls
        Run r = run("""
                fn main() {
                    let xs = Vec::new();
                    for i in 0..2000 { xs.push(i); }
                    let mut total = 0;
                    for round in 0..30 {
                        let k = round % 7;
                        total += xs.map(|x| x * 3 + k).filter(|y| y % 2 == 0).fold(0, |a, y| a + y % 100);
                    }
                    println(total);
                }
                """, JitTier.tiered(1_000_000, 100_000));
        assertEquals("1470000\n", r.out());
        assertEquals(1, r.tier().osrCompiled());
        assertEquals(0, r.tier().failed());
    }

    @Test
    void forLoopsOverCollectionsMoveToCompiledCodeMidLoop() throws Exception {
        Run r = run("""
                fn main() {
                    let v = Vec::with(50000, 2);
                    let mut sum = 0;
                    for x in v { sum += x; if sum == 40000 { v.push(1); } }
                    let m = Map::new();
                    for k in 0..3000 { m[k] = k * 2; }
                    let mut pairs = 0;
                    for (k, val) in m { pairs += val - k; m[k + 5000] = 0; }
                    let mut chars = 0;
                    for c in "abcdefghij".repeat(300) { if c == "j" { chars += 1; } }
                    println("{sum} {v.len()} {pairs} {m.len()} {chars}");
                }
                """, JitTier.tiered(1_000_000, 1000));
        assertEquals("100001 50001 4498500 6000 300\n", r.out());
        assertTrue(r.tier().osrCompiled() >= 3, "loops compiled for OSR: " + r.tier().osrCompiled());
        assertEquals(0, r.tier().failed());
    }

    @Test
    void onStackReplacementOnTheFirstBackEdge() throws Exception {
        Run r = run("""
                fn main() {
                    let mut total = 0;
                    for i in 1..4 {
                        let mut j = 0;
                        while j < i { total += i * j; j += 1; }
                    }
                    println(total);
                }
                """, JitTier.tiered(1_000_000, 1));
        assertEquals("11\n", r.out());
        assertTrue(r.tier().osrCompiled() >= 1, "loops compiled for OSR: " + r.tier().osrCompiled());
    }

    @Test
    void structsOptionsEnumsAndMatchAreCompiled() throws Exception {
        Run r = run("""
                struct Node { left: Option<Node>, right: Option<Node> }
                enum Shape { Circle(Float), Rect(Float, Float), Dot }
                fn make(depth: Int) -> Node {
                    if depth == 0 { Node { left: None, right: None } }
                    else { Node { left: Some(make(depth - 1)), right: Some(make(depth - 1)) } }
                }
                fn check(node: Node) -> Int {
                    match node.left {
                        Some(l) => match node.right { Some(r) => 1 + check(l) + check(r), None => 1 + check(l) },
                        None => 1,
                    }
                }
                fn area(s: Shape) -> Float {
                    match s { Shape::Circle(r) if r > 100.0 => -1.0, Shape::Circle(r) => 3.0 * r * r, Shape::Rect(w, h) => w * h, Shape::Dot => 0.0 }
                }
                fn name(n: Int) -> Str { match n { 0 => "zero", 1 => "one", _ => "many" } }
                fn first(v: Vec<Int>) -> Int {
                    for x in v { match x { 3 => { return 30; }, _ => {} } }
                    -1
                }
                fn main() {
                    println(check(make(10)));
                    println("{area(Shape::Circle(2.0))} {area(Shape::Circle(200.0))} {area(Shape::Rect(2.0, 3.0))} {area(Shape::Dot)}");
                    println("{name(0)} {name(1)} {name(7)} {first([1, 2, 3])} {first([])}");
                }
                """, ExecutionTier.Policy.EAGER);
        assertEquals("2047\n12.0 -1.0 6.0 0.0\nzero one many 30 -1\n", r.out());
        assertEquals(0, r.tier().failed());
    }

    static String kept(String version) {
        return """
                struct P { x: Float, n: Int, ok: Bool, name: Str }
                struct Box<T> { v: T, n: Int }
                static mut KEPT: P = P { x: 1.5, n: 0, ok: false, name: "p" };
                static mut BOX: Box<Float> = Box { v: 0.5, n: 0 };
                pub fn run() -> Str {
                    KEPT.x = KEPT.x + 1.0;
                    KEPT.n += 1;
                    KEPT.ok = !KEPT.ok;
                    BOX.v = BOX.v * 2.0;
                    BOX.n += KEPT.n;
                    "%s {KEPT.x} {KEPT.n} {KEPT.ok} {KEPT.name} {BOX.v} {BOX.n} {KEPT == P { x: KEPT.x, n: KEPT.n, ok: KEPT.ok, name: "p" }}"
                }
                fn main() { println(run()); }
                """.formatted(version);
    }

    @Test
    void aStructKeptAcrossAReloadKeepsItsValuesWhichTheNewVersionsCompiledCodeReads() throws Exception {
        Path file = dir.resolve("kept.t");
        Files.writeString(file, kept("v1"));
        JitTier tier = new JitTier(ExecutionTier.Policy.EAGER, false);
        ModuleRegistry registry = new ModuleRegistry(new TestHost(tier));
        LoadedModule m = registry.load(file);
        assertEquals("v1 2.5 1 true p 1.0 1 true", registry.call(m.name(), "run"));
        Files.writeString(file, kept("v2"));
        Switches.switchTo(registry, file);
        assertEquals("v2 3.5 2 false p 2.0 3 true", registry.call(m.name(), "run"));
        assertEquals(0, tier.failed());
        assertTrue(tier.compiled() >= 4, "compiled: " + tier.compiled());
    }

    @Test
    void aFunctionLoadedBeforeATierSwapIsCompiledByTheTierBoundWhenItGetsHot() throws Exception {
        Path file = dir.resolve("hot.t");
        Files.writeString(file, "pub fn sq(x: Int) -> Int { x * x }\npub fn run() -> Int { let mut s = 0; for i in 0..50 { s += sq(i); } s }\n");
        JitTier before = new JitTier(new ExecutionTier.Policy(20, 1_000_000), false);
        JitTier after = new JitTier(new ExecutionTier.Policy(20, 1_000_000), false);
        TestHost host = new TestHost(before);
        ModuleRegistry registry = new ModuleRegistry(host);
        LoadedModule m = registry.load(file);
        host.swapTier(after); // as a live swap does: `before` is closed now and must not be asked again
        for (int i = 0; i < 20 && after.compiled() == 0; i++) {
            assertEquals("40425", registry.call(m.name(), "run"));
            Thread.sleep(10); // compiles run in the background
        }
        assertEquals(0, before.compiled(), "the tier bound at load was swapped out before anything got hot");
        assertTrue(after.compiled() >= 1, "the tier bound now compiles the hot function: " + after.compiled());

        // and with no compiling tier bound at load, one bound later still gets the hot functions
        TestHost bare = new TestHost(null);
        ModuleRegistry plain = new ModuleRegistry(bare);
        LoadedModule p = plain.load(file);
        JitTier later = new JitTier(new ExecutionTier.Policy(20, 1_000_000), false);
        bare.swapTier(later);
        for (int i = 0; i < 100 && later.compiled() == 0; i++) {
            assertEquals("40425", plain.call(p.name(), "run"));
            Thread.sleep(10);
        }
        assertTrue(later.compiled() >= 1, "compiled: " + later.compiled());
    }

    @Test
    void aCallerCompiledAfterItsCalleeCallsTheCompiledCodeDirectly() throws Exception {
        Path file = dir.resolve("order.t");
        // a is compiled and installed before b, whose call to a must still reach a's compiled code
        Files.writeString(file, "fn a(x: Int) -> Int { x + 1 }\nfn b(x: Int) -> Int { a(x) * 2 }\nfn main() { println(b(1)); }\n");
        JitTier tier = new JitTier(ExecutionTier.Policy.EAGER, false);
        ModuleRegistry registry = new ModuleRegistry(new TestHost(tier));
        registry.load(file);
        java.lang.invoke.MethodHandle target = registry.callSite(new org.tlang.tir.FunctionRef("order", "a",
                new org.tlang.tir.Type.Fn(List.of(org.tlang.tir.Type.INT), org.tlang.tir.Type.INT))).getTarget();
        var info = java.lang.invoke.MethodHandles.lookup().revealDirect(target);
        assertTrue(info.getDeclaringClass().getName().startsWith("t.order.a$"), info.toString());
    }

    /** A program that spins forever, run under a cancellation set shortly after it starts. */
    Run runCancelled(Path file, JitTier tier) throws Exception {
        org.tlang.runtime.Cancellation cancel = new org.tlang.runtime.Cancellation();
        java.util.concurrent.CompletableFuture<Run> done = new java.util.concurrent.CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                done.complete(cancel.call(() -> runOn(file, tier)));
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        Thread.sleep(100);
        // on a loaded machine the tier may not have compiled the spinning loop yet: cancel once it has (or 10 s passed)
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (tier != null && tier.compiled() == 0 && tier.osrCompiled() == 0 && System.nanoTime() < until) Thread.sleep(10);
        cancel.cancel("cancelled");
        return done.get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void spinningLoopsStopWhenCancelledOnEveryTier() throws Exception {
        String program = """
                fn spin_while(n: Int) -> Int { let mut i = 0; while i < n { i = i % 7 + 1; } i }
                fn spin_for() -> Int { let mut s = 0; for i in 0..9223372036854775807 { s = i % 3; } s }
                fn spin_each() -> Int { let v = [1]; for x in v { v.push(x); } 0 }
                fn spin_count(n: Int) -> Int { let mut i = 0; while i < n { i += 1; } i }
                fn main() { println(SPIN); }
                """;
        Path file = dir.resolve("spin.t");
        for (String spinner : List.of("spin_while(100)", "spin_for()", "spin_each()", "spin_count(9223372036854775807)")) {
            Files.writeString(file, program.replace("SPIN", spinner));
            Run interp = runCancelled(file, null);
            assertEquals(101, interp.status(), interp.err());
            assertTrue(interp.err().startsWith("panic: cancelled\n"), interp.err());
            // eager: compiled before it runs; later: the interpreted loop goes on in compiled code (OSR)
            for (ExecutionTier.Policy policy : List.of(ExecutionTier.Policy.EAGER, ExecutionTier.Policy.LATER)) {
                JitTier tier = new JitTier(policy, false);
                Run jit = runCancelled(file, tier);
                assertEquals(101, jit.status(), jit.err());
                assertEquals(interp.err().lines().findFirst(), jit.err().lines().findFirst());
                assertTrue(tier.compiled() > 0 || tier.osrCompiled() > 0, spinner + ": nothing was compiled");
            }
        }
    }
}
