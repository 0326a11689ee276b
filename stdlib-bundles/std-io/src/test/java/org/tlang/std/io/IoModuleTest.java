package org.tlang.std.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.testing.TProgram;
import org.tlang.testing.TestHost;

class IoModuleTest {
    @TempDir
    Path dir;

    private TProgram.Result run(String stdin, String source) throws Exception {
        TestHost host = new TestHost();
        host.stdin(stdin);
        return TProgram.run(dir, source, List.of(new IoModule()), host);
    }

    @Test
    void readsStdinLineByLineAndWritesToStdoutInOrderWithPrint() throws Exception {
        TProgram.Result r = run("one\r\ntwo\nthree", """
                import std.io;

                fn main() {
                    let input = io.stdin();
                    let out = io.stdout();
                    loop {
                        match input.read_line().unwrap() {
                            Some(line) => { out.write_str("[{line}]").unwrap(); println(" {line.len()}"); },
                            None => break,
                        }
                    }
                    println(input.read_line().unwrap());
                }
                """);
        assertEquals(new TProgram.Result(0, "[one] 3\n[two] 3\n[three] 5\nNone\n", ""), r);
    }

    @Test
    void readsAllOfStdinAsTextOrNamesTheFirstBadByte() throws Exception {
        assertEquals("4 lines: a,b,,d\n", run("a\nb\n\nd\n", """
                import std.io;
                fn main() {
                    let lines = io.stdin().lines().unwrap();
                    println("{lines.len()} lines: {lines.join(",")}");
                }
                """).out());
        TestHost host = new TestHost();
        host.stdin(new byte[] {'o', 'k', ' ', (byte) 0xFF, 'x'});
        TProgram.Result bad = TProgram.run(dir, """
                import std.io;
                import std.io.{IoError};
                fn main() {
                    match io.stdin().read_to_str() {
                        Ok(s) => println("text {s}"),
                        Err(e) => println("{e}"),
                    }
                }
                """, List.of(new IoModule()), host);
        assertEquals("InvalidInput(\"stdin: not valid UTF-8 (at byte 3)\")\n", bad.out());
    }

    @Test
    void aClosedWriterIsAnErrAndClosingAgainIsOk() throws Exception {
        TProgram.Result r = run("", """
                import std.io;
                import std.io.{IoError};
                fn main() {
                    let err = io.stderr();
                    err.write_str("to stderr\\n").unwrap();
                    println(err.close());
                    println(err.close());
                    match err.write_str("again") {
                        Err(IoError::Closed(m)) => println("closed: {m}"),
                        other => println("unexpected {other}"),
                    }
                    println(IoError::NotFound("data.txt: no such file").message());
                }
                """);
        assertEquals(0, r.status(), r.err());
        assertEquals("Ok(())\nOk(())\nclosed: writer 1: closed\ndata.txt: no such file\n", r.out());
        assertEquals("to stderr\n", r.err());
    }

    @Test
    void recvTimeoutGivesTimedOutOfIoErrorOnEveryTier() throws Exception {
        TProgram.Result r = TProgram.runOnEveryTier(dir, """
                import std.io.{IoError};

                fn main() {
                    let (tx, rx) = chan<Int>(4);
                    let start = now_ms();
                    println(rx.recv_timeout(30));
                    println(now_ms() - start >= 30);
                    tx.send(7);
                    println(rx.recv_timeout(30));
                    let late = spawn(|| { sleep(20); tx.send(8); });
                    println(rx.recv_timeout(10000));
                    late.join();
                    match rx.recv_timeout(0) {
                        Err(IoError::TimedOut(m)) => println("timed out: {m}"),
                        Err(e) => println("other {e}"),
                        Ok(Some(v)) => println("value {v}"),
                        Ok(None) => println("closed"),
                    }
                    match rx.recv_timeout(5) {
                        Err(e) => println(e.message()),
                        Ok(_) => println("came"),
                    }
                    tx.close();
                    println(rx.recv_timeout(10000));
                }
                """, List.of(new IoModule()));
        assertEquals(new TProgram.Result(0, """
                Err(TimedOut("recv timed out after 30 ms"))
                true
                Ok(Some(7))
                Ok(Some(8))
                timed out: recv timed out after 0 ms
                recv timed out after 5 ms
                Ok(None)
                """, ""), r);
    }
}
