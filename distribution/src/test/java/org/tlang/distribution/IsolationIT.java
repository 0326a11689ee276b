package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlang.distribution.RuntimeIT.HOME;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.api.TlangRuntime;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * {@code [sandbox] isolation = "process"}: each program runs in a child JVM with no environment, a
 * folder of its own, no network unless granted net and a read-only root but for its folder and
 * its fs.write grants; a child killed by a signal is started again, and the runtime serves on.
 */
class IsolationIT {
    static final Path DIR = Path.of("src/test/resources/t/isolation").toAbsolutePath();
    static Tlang tlang;
    static TlangRuntime runtime;

    @TempDir
    Path temp;

    @BeforeAll
    static void boot() throws Exception {
        String profile = Files.readString(HOME.resolve("profiles/default.toml")) + "\n[sandbox]\nisolation = \"process\"\n";
        tlang = Tlang.init(BundleSet.directory(HOME), profile, "isolated.toml");
        runtime = tlang.runtime();
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
    }

    static RuntimeIT.Run run(String file, List<String> args, List<String> allow) {
        return RuntimeIT.run(runtime, DIR.resolve(file), args, r -> r.allowing(allow));
    }

    static boolean unshareWorks() throws Exception {
        Process p = new ProcessBuilder("unshare", "--net", "--", "true").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    @Test
    void theChildHasNoEnvironmentAFolderOfItsOwnAndNoNetwork() throws Exception {
        RuntimeIT.Run r = run("where.t", List.of(), List.of("env", "fs.read=/proc/net/dev"));
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("vars 0", lines.get(0), r.out());
        assertTrue(lines.get(1).startsWith("cwd " + System.getProperty("java.io.tmpdir")) && lines.get(1).contains("tlang-isolated-"), r.out());
        assertTrue(!lines.get(1).equals("cwd " + Path.of("").toAbsolutePath()), "not the runtime's folder");
        if (unshareWorks()) assertEquals("interfaces 1", lines.get(2), "only loopback: " + r.out());
    }

    @Test
    void aChildKilledBySignalIsStartedAgainAndTheRuntimeServesOn() throws Exception {
        RuntimeIT.Run r = run("crash.t", List.of(temp.toString()), List.of("fs.read=" + temp, "fs.write=" + temp, "process=kill"));
        assertEquals(0, r.status(), r.err());
        assertEquals("attempt 3 ran to its end\n", r.out());
        assertTrue(r.err().contains("tlang: the isolated program crashed (exit status 137); starting it again (1 of 3)"), r.err());
        assertTrue(r.err().contains("(2 of 3)"), r.err());
        RuntimeIT.Run after = run("where.t", List.of(), List.of("env"));
        assertEquals(0, after.status(), "the runtime serves on: " + after.err());
    }

    @Test
    void theChildsRootIsReadOnlyButForItsFolderAndWhatItMayWrite() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(readOnlyRootWorks(), "no mount namespace here (needs root or user namespaces)");
        RuntimeIT.Run r = run("ro.t", List.of(temp.toString()), List.of("process=touch", "fs.write=" + temp));
        assertEquals(0, r.status(), r.err());
        assertEquals("outside false\nown folder true\ngranted true\n", r.out(), r.err());
        assertTrue(Files.exists(temp.resolve("granted-file")));
        assertTrue(!Files.exists(Path.of("/usr/tlang-isolation-probe")));
    }

    static boolean readOnlyRootWorks() throws Exception {
        Process p = new ProcessBuilder("unshare", "--mount", "--", "sh", "-c", "mount --make-rprivate / && mount -o remount,bind,ro /")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
