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
}
