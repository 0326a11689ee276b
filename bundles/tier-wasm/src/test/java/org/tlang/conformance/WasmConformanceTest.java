package org.tlang.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.tlang.modules.CompileException;
import org.tlang.modules.LoadedModule;
import org.tlang.modules.ModuleRegistry;
import org.tlang.spi.tier.ProgramTier;
import org.tlang.testing.TestHost;
import org.tlang.wasm.WasmTier;

/**
 * The conformance suite on the {@code wasm} tier beside the interpreter: every case the tier
 * compiles must give the same status, output and trace; a case it refuses is refused at a
 * construct, with the construct's position, before anything runs (checked here, then the case
 * runs on the interpreter alone). {@code test fn} cases run on the kernel's tiers and are left out.
 */
class WasmConformanceTest extends ConformanceTest {
    static final Tier WASM = new InterpreterTier("wasm", () -> new WasmTier(256));
    static final List<Tier> BOTH = List.of(new InterpreterTier(), WASM);
    /** Case id to the refusal's first line. */
    static final Map<String, String> REFUSED = new ConcurrentSkipListMap<>();
    static final AtomicInteger CASES = new AtomicInteger();

    @Override
    protected List<Tier> tiers() {
        return BOTH;
    }

    @Override
    protected String gap(Tier tier, String caseId) {
        if (tier != WASM) return null;
        CASES.incrementAndGet();
        Path suite = suiteRoot();
        Path entry = caseId.endsWith(".t") ? suite.resolve(caseId) : suite.resolve(caseId).resolve("src/main.t");
        try {
            if (Files.readString(entry).contains("//! mode: test")) return "test fns run on the kernel's tiers";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ModuleRegistry registry = new ModuleRegistry(new TestHost(null));
        LoadedModule main;
        try {
            main = registry.load(entry);
        } catch (CompileException e) {
            return null; // a compile error: the same on every tier, checked by the run
        }
        try {
            new WasmTier(256).compile(registry.modules().stream().map(LoadedModule::tir).toList(), main.name());
            return null;
        } catch (IllegalArgumentException noMain) {
            return null; // the kernel says so before it asks any tier
        } catch (ProgramTier.Refused r) {
            assertTrue(r.pos().line() > 0 && r.getMessage().startsWith("the wasm tier does not run "),
                    () -> caseId + ": a refusal must name the construct and its position: " + r.pos() + " " + r.getMessage());
            REFUSED.put(caseId, r.getMessage());
            return r.getMessage();
        } finally {
            registry.close();
        }
    }

    /** Chicory runs out of JVM stack before 200,000 nested calls: the trace's omitted count differs. */
    @Override
    protected String traceGap(Tier tier, String caseId) {
        return tier == WASM && caseId.equals("panics/deep_recursion.t") ? "Chicory's stack ends before the interpreter's depth limit" : null;
    }

    @AfterAll
    static void accepted() {
        int total = CASES.get();
        int accepted = total - REFUSED.size();
        System.out.println("conformance on wasm: " + accepted + " of " + total + " cases run on the tier; refused:");
        REFUSED.forEach((id, why) -> System.out.println("  " + id + ": " + why));
        assertTrue(accepted * 100 >= total * MIN_PERCENT, "the wasm tier runs " + accepted + " of " + total + " cases, under " + MIN_PERCENT + "%");
    }

    /** The share of the suite the tier must run (it runs 219 of 308 cases when this was written). */
    static final int MIN_PERCENT = 70;
}
