package org.tlang.std.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.io.IoModule;
import org.tlang.std.testing.TProgram;
import org.tlang.testing.TestHost;

class ProcessModuleTest {
    @TempDir
    Path dir;

    private TProgram.Result run(TestHost host, String source) throws Exception {
        return TProgram.run(dir, source.replace("DIR", dir.toString()), List.of(new IoModule(), new ProcessModule()), host);
    }

    @Test
    void runsAChildToItsEndWithItsOutputCapturedAndItsStatus() throws Exception {
        TProgram.Result r = run(new TestHost(), """
                import std.process;

                fn main() {
                    let o = process.run("sh", ["-c", "echo out; echo err >&2; exit 3"]).unwrap();
                    println("{o.status} [{o.stdout.trim()}] [{o.stderr.trim()}]");
                    let c = process.command("sh").arg("-c").arg("cat; echo $GREETING; pwd").env("GREETING", "hi").cwd("DIR").stdin_str("typed\\n").output().unwrap();
                    println(c.stdout);
                    println(process.pid() > 0);
                }
                """);
        assertEquals(new TProgram.Result(0, "3 [out] [err]\ntyped\nhi\n" + dir + "\n\ntrue\n", ""), r);
    }

    @Test
    void talksToASpawnedChildThroughItsPipes() throws Exception {
        TProgram.Result r = run(new TestHost(), """
                import std.process;

                fn main() {
                    let child = process.command("tr").arg("a-z").arg("A-Z").spawn().unwrap();
                    child.writer().write_str("shout\\n").unwrap();
                    println(child.wait().unwrap());
                    println(child.reader().read_line().unwrap());
                    let sleeper = process.command("sleep").arg("30").spawn().unwrap();
                    sleeper.kill();
                    println(sleeper.wait().unwrap());
                }
                """);
        assertEquals(new TProgram.Result(0, "0\nSome(\"SHOUT\")\n137\n", ""), r);
    }

    @Test
    void aMissingProgramOrADeniedOneIsAnErr() throws Exception {
        TProgram.Result r = run(new TestHost(), """
                import std.process;
                fn main() {
                    println(process.run("surely-no-such-program-42", []));
                }
                """);
        assertEquals("Err(NotFound(\"surely-no-such-program-42: no such program\"))\n", r.out());
        TestHost host = new TestHost();
        host.deny("process");
        TProgram.Result denied = run(host, """
                import std.process;
                fn main() {
                    println(process.run("true", []));
                }
                """);
        assertEquals("Err(PermissionDenied(\"process true: not granted\"))\n", denied.out());
    }

    @Test
    void aChildStillRunningWhenTheProgramStopsIsKilled() throws Exception {
        TProgram.Result r = run(new TestHost(), """
                import std.process;
                fn main() {
                    let child = process.command("sleep").arg("60").spawn().unwrap();
                    println(child.pid());
                }
                """);
        assertEquals(0, r.status(), r.err());
        long pid = Long.parseLong(r.out().strip());
        var handle = ProcessHandle.of(pid);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (handle.map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) Thread.sleep(20);
        assertFalse(handle.map(ProcessHandle::isAlive).orElse(false), "child " + pid + " outlived the program");
        assertTrue(pid > 0);
    }
}
