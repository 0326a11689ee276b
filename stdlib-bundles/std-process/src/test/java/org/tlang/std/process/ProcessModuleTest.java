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

    private TProgram.Result everyTier(String source) throws Exception {
        return TProgram.runOnEveryTier(dir, source, List.of(new IoModule(), new ProcessModule()));
    }

    @Test
    void exitFromMainEndsTheRunWithItsStatusAndNothingAfterRuns() throws Exception {
        assertEquals(new TProgram.Result(3, "before\n", ""), everyTier("""
                import std.process;

                fn main() {
                    println("before");
                    for i in 0..10 {
                        if i == 2 { process.exit(3); }
                    }
                    println("after");
                }
                """));
        assertEquals(new TProgram.Result(0, "", ""), everyTier("""
                import std.process;
                fn main() { process.exit(0); println("after"); }
                """));
    }

    @Test
    void exitFromASpawnedTaskStopsMainWhereverItWaitsOrLoops() throws Exception {
        // main waiting in a join, a sleep, a recv, or busy in a loop: each stops, nothing after runs, no panic is shown
        for (String wait : List.of("t.join();", "sleep(60000);", "rx.recv();", "let mut n = 0; while true { n += 1; }")) {
            TProgram.Result r = everyTier("""
                    import std.process;

                    fn main() {
                        let (tx, rx) = chan<Int>(1);
                        let t = spawn(|| {
                            sleep(20);
                            println("exiting");
                            process.exit(7);
                            println("not this");
                            tx.send(1);
                        });
                        WAIT
                        println("not this either");
                    }
                    """.replace("WAIT", wait));
            assertEquals(new TProgram.Result(7, "exiting\n", ""), r, wait);
        }
    }

    @Test
    void otherTasksStopAndTheFirstExitWins() throws Exception {
        TProgram.Result r = everyTier("""
                import std.process;

                fn main() {
                    let spinner = spawn(|| { let mut n = 0; while true { n += 1; } });
                    let t = spawn(|| { sleep(10); process.exit(4); });
                    t.join();
                    spinner.join();
                    process.exit(5);
                }
                """);
        assertEquals(new TProgram.Result(4, "", ""), r);
    }

    @Test
    void anExitStatusOutside0To255IsAPanic() throws Exception {
        TProgram.Result r = everyTier("""
                import std.process;
                fn main() { process.exit(256); }
                """);
        assertEquals(101, r.status());
        assertTrue(r.err().contains("process.exit: the status must be 0..255, got 256"), r.err());
    }

    @Test
    void closingAChildsWriterEndsItsStdinAndLeavesItsOutputToRead() throws Exception {
        TProgram.Result r = run(new TestHost(), """
                import std.process;
                import std.io.{IoError};

                fn main() {
                    let child = process.command("sort").spawn().unwrap();
                    child.writer().write_str("b\\na\\n").unwrap();
                    println("{child.writer().close()} {child.writer().close()}");
                    match child.writer().write_str("late") {
                        Err(IoError::Closed(_)) => println("closed"),
                        other => println("unexpected {other}"),
                    }
                    println(child.reader().lines());
                    println(child.wait());
                    println("{child.reader().close()} {child.reader().close()}");
                    println(child.reader().read(10).is_err());
                }
                """);
        assertEquals(new TProgram.Result(0, "Ok(()) Ok(())\nclosed\nOk([\"a\", \"b\"])\nOk(0)\nOk(()) Ok(())\ntrue\n", ""), r);
    }

    @Test
    void waitTimeoutIsNoneWhileTheChildRunsAndItsStatusOnceItEnded() throws Exception {
        TProgram.Result r = run(new TestHost(), """
                import std.process;

                fn main() {
                    let child = process.command("sleep").arg("0.3").spawn().unwrap();
                    println(child.wait_timeout(10));
                    println(child.wait_timeout(10000));
                    println(child.wait());
                }
                """);
        assertEquals(new TProgram.Result(0, "Ok(None)\nOk(Some(0))\nOk(0)\n", ""), r);
    }
}
