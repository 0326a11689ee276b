package org.tlang.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.modules.LoadedModule;
import org.tlang.modules.ModuleRegistry;
import org.tlang.api.ReloadOutcome;
import org.tlang.spi.tier.ExecutionTier;
import org.tlang.hotpatch.reload.Reloader;
import org.tlang.testing.TestHost;

/**
 * The proof that replaced module versions are unloaded: a forked JVM with a 48 MB heap and 48 MB of
 * metaspace reloads one module 1,000 times on the {@code jit} tier (every version compiled to its own
 * class loader), calling into each version, then collects. If versions or their generated classes
 * leaked, the registry would still list replaced versions, the JIT would still hold their loaders,
 * and the JVM would not have unloaded their classes.
 */
class ReloadUnloadTest {
    static final int RELOADS = 1000;
    static final int FUNCTIONS = 4; // step, sum, run, main

    @TempDir
    Path dir;

    @Test
    void thousandReloadsInASmallHeapLeaveNoOldVersions() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx48m", "-XX:MaxMetaspaceSize=48m", "-XX:+UseSerialGC",
                "--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path"),
                ReloadUnloadTest.class.getName(), dir.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out;
        try (var in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
        System.out.println(out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("calls ok: " + RELOADS), out);
        assertTrue(out.contains("replaced versions not yet unloaded: none"), out);
        long liveLoaders = number(out, "live jit loaders: ");
        assertTrue(liveLoaders <= 1, "JIT class loaders of old versions still reachable: " + out);
        long compiled = number(out, "compiled: ");
        assertTrue(compiled >= (long) (RELOADS + 1) * FUNCTIONS, out);
        // every version's generated classes but the current one's were unloaded (weak references cleared)
        long live = number(out, "live generated classes: ");
        assertTrue(live <= FUNCTIONS, "generated classes of old versions not unloaded: " + out);
        long unloaded = number(out, "unloaded classes: ");
        assertTrue(unloaded >= (long) (RELOADS - 1) * FUNCTIONS, "the JVM unloaded too few classes: " + out);
    }

    private static long number(String out, String label) {
        int i = out.indexOf(label);
        assertTrue(i >= 0, "no '" + label + "' in: " + out);
        int j = i + label.length();
        int k = j;
        while (k < out.length() && Character.isDigit(out.charAt(k))) k++;
        return Long.parseLong(out.substring(j, k));
    }

    static String source(int version) {
        return """
                static mut CALLS: Int = 0;
                fn step(x: Int) -> Int { x * 3 + %d }
                fn sum(n: Int) -> Int { let mut s = 0; let mut i = 0; while i < n { s += step(i); i += 1; } s }
                pub fn run() -> Int { CALLS += 1; sum(10) + CALLS * 0 }
                fn main() { println(run()); }
                """.formatted(version);
    }

    /** The forked JVM: load, reload and call 1,000 times, collect, print what is left. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).resolve("reloaded.t");
        Files.writeString(file, source(0));
        JitTier tier = new JitTier(ExecutionTier.Policy.EAGER, false);
        TestHost host = new TestHost(tier);
        ModuleRegistry registry = new ModuleRegistry(host);
        Reloader reloader = new Reloader(registry.switcher());
        LoadedModule m = registry.load(file);
        int ok = 0;
        for (int v = 1; v <= RELOADS; v++) {
            Files.writeString(file, source(v));
            ReloadOutcome outcome = reloader.reload(file);
            String got = registry.call(m.name(), "run");
            if (!got.equals(String.valueOf(135 + 10L * v))) {
                System.out.println("version " + v + " answered " + got + " (" + outcome + ")");
                System.exit(1);
            }
            ok++;
        }
        System.out.println("calls ok: " + ok);
        String line = "";
        for (int i = 0; i < 50; i++) {
            System.gc();
            Thread.sleep(20);
            List<String> versions = reloader.versions();
            line = versions.getLast();
            if (line.startsWith("replaced versions not yet unloaded: none") && tier.liveClasses() <= FUNCTIONS && tier.liveLoaders() <= 1) break;
        }
        System.out.println(line);
        System.out.println("live jit loaders: " + tier.liveLoaders());
        System.out.println("live generated classes: " + tier.liveClasses());
        if (tier.liveClasses() > FUNCTIONS) System.out.println("live: " + tier.liveClassNames());
        System.out.println("compiled: " + tier.compiled());
        System.out.println("unloaded classes: " + ManagementFactory.getClassLoadingMXBean().getUnloadedClassCount());
        System.out.println("heap used: " + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()));
    }
}
