package org.tlang.std.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.io.IoModule;
import org.tlang.std.testing.DescriptorsModule;
import org.tlang.std.testing.TProgram;
import org.tlang.testing.TestHost;

class FsModuleTest {
    @TempDir
    Path dir;

    private TProgram.Result run(TestHost host, String source) throws Exception {
        return TProgram.run(dir, source.replace("DIR", dir.toString()), List.of(new IoModule(), new FsModule()), host);
    }

    private TProgram.Result run(String source) throws Exception {
        return run(new TestHost(), source);
    }

    @Test
    void writesReadsListsCopiesRenamesAndRemoves() throws Exception {
        TProgram.Result r = run("""
                import std.fs;

                fn main() {
                    let d = "DIR/data/sub";
                    fs.create_dir_all(d).unwrap();
                    fs.write_str("{d}/b.txt", "hello").unwrap();
                    fs.append_str("{d}/b.txt", ", world\\n").unwrap();
                    fs.write("{d}/a.bin", "xyz".bytes()).unwrap();
                    println(fs.read_to_str("{d}/b.txt").unwrap());
                    println(fs.list_dir(d).unwrap());
                    let m = fs.metadata("{d}/b.txt").unwrap();
                    println("{m.size} {m.is_file} {m.is_dir} {m.modified_ms > 0}");
                    println(fs.metadata(d).unwrap().is_dir);
                    fs.copy("{d}/b.txt", "{d}/c.txt").unwrap();
                    fs.rename("{d}/a.bin", "{d}/z.bin").unwrap();
                    println(fs.list_dir(d).unwrap());
                    println(fs.read("{d}/z.bin").unwrap().len());
                    fs.remove_file("{d}/c.txt").unwrap();
                    println(fs.exists("{d}/c.txt"));
                    fs.remove_dir_all("DIR/data").unwrap();
                    println(fs.exists("DIR/data"));
                    println(fs.temp_dir().len() > 0);
                }
                """);
        assertEquals(new TProgram.Result(0, """
                hello, world

                ["a.bin", "b.txt"]
                13 true false true
                true
                ["b.txt", "c.txt", "z.bin"]
                3
                false
                false
                true
                """, ""), r);
    }

    /** read(max) gives at most max bytes and at most 64 KiB, across refills of the file's buffer, then empty Bytes at the end. */
    @Test
    void readGivesAtMostMaxThenNothingAtTheEnd() throws Exception {
        byte[] data = new byte[600_000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 7);
        Files.write(dir.resolve("big.bin"), data);
        TProgram.Result r = run("""
                import std.fs;

                fn main() {
                    let r = fs.open("DIR/big.bin").unwrap().reader();
                    println(r.read(0).unwrap().len());
                    println(r.read(10).unwrap().len());
                    let mut total = 10;
                    let mut most = 0;
                    loop {
                        let b = r.read(100000).unwrap();
                        if b.len() == 0 { break; }
                        if b.len() > most { most = b.len(); }
                        total += b.len();
                    }
                    println("{total} {most}");
                    println(r.read(5).unwrap().len());
                    let out = fs.create("DIR/copy.bin").unwrap();
                    let again = fs.open("DIR/big.bin").unwrap().reader();
                    loop {
                        let b = again.read(4096).unwrap();
                        if b.len() == 0 { break; }
                        out.writer().write(b).unwrap();
                    }
                    out.close().unwrap();
                }
                """);
        assertEquals(new TProgram.Result(0, """
                0
                10
                600000 65536
                0
                """, ""), r);
        assertTrue(java.util.Arrays.equals(data, Files.readAllBytes(dir.resolve("copy.bin"))));
    }

    @Test
    void filesStreamThroughReadersAndWriters() throws Exception {
        TProgram.Result r = run("""
                import std.fs;

                fn main() {
                    let f = fs.create("DIR/lines.txt").unwrap();
                    let w = f.writer();
                    for i in 0..3 { w.write_str("line {i}\\n").unwrap(); }
                    f.close().unwrap();
                    println(f.close());
                    let r = fs.open("DIR/lines.txt").unwrap().reader();
                    println(r.read_line().unwrap());
                    println(r.lines().unwrap());
                    r.close().unwrap();
                    println(r.close());
                    println(r.read_line());
                    println(f.writer().write_str("late").is_err());
                }
                """);
        assertEquals(0, r.status(), r.err());
        assertEquals("Ok(())\nSome(\"line 0\")\n[\"line 1\", \"line 2\"]\nOk(())\nErr(Closed(\"reader 1: closed\"))\ntrue\n", r.out().replace("reader 2", "reader 1"));
    }

    @Test
    void theOutsideWorldFailingIsAnErrNamingThePath() throws Exception {
        Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xC3, '('});
        Files.createDirectory(dir.resolve("full"));
        Files.writeString(dir.resolve("full/x"), "x");
        TProgram.Result r = run("""
                import std.fs;

                fn main() {
                    println(fs.read("missing.txt"));
                    println(fs.read_to_str("DIR/bad.txt").is_err());
                    println(fs.list_dir("DIR/nothing"));
                    println(fs.remove_file("DIR/full").is_err());
                    println(fs.remove_dir_all("DIR/bad.txt").is_err());
                    println(fs.open("DIR").is_err());
                    println(fs.metadata("nowhere"));
                    println(fs.exists("nowhere"));
                }
                """);
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("Err(NotFound(\"missing.txt: no such file or directory\"))", lines[0]);
        assertEquals("true", lines[1]);
        assertEquals("Err(NotFound(\"" + dir + "/nothing: no such file or directory\"))", lines[2]);
        assertEquals("true", lines[3]);
        assertEquals("true", lines[4]);
        assertEquals("Err(NotFound(\"nowhere: no such file or directory\"))", lines[6]);
        assertEquals("false", lines[7]);
        assertFalse(r.out().contains("java."), r.out());
    }

    @Test
    void aDeniedCapabilityIsPermissionDeniedAndTouchesNothing() throws Exception {
        TestHost host = new TestHost();
        host.deny("fs.write");
        TProgram.Result r = run(host, """
                import std.fs;
                import std.io.{IoError};

                fn main() {
                    match fs.write_str("DIR/no.txt", "x") {
                        Err(IoError::PermissionDenied(m)) => println("denied: {m}"),
                        other => println("unexpected {other}"),
                    }
                    println(fs.read_to_str("DIR/no.txt").is_err());
                }
                """);
        assertEquals(0, r.status(), r.err());
        assertEquals("denied: fs.write " + dir + "/no.txt: not granted\ntrue\n", r.out());
        assertFalse(Files.exists(dir.resolve("no.txt")));
    }

    @Test
    void writeAtomicReplacesTheWholeFileAndLeavesNoTemporaryBehind() throws Exception {
        TProgram.Result r = run("""
                import std.fs;

                fn main() {
                    fs.write_atomic("DIR/state.json", "{{\\"v\\": 1}}".bytes()).unwrap();
                    fs.write_atomic("DIR/state.json", "{{\\"v\\": 2}}".bytes()).unwrap();
                    println(fs.read_to_str("DIR/state.json").unwrap());
                    println(fs.list_dir("DIR").unwrap());
                }
                """);
        assertEquals(new TProgram.Result(0, "{\"v\": 2}\n[\"main.t\", \"state.json\"]\n", ""), r);
    }

    @Test
    void filesLeftOpenAreClosedWhenTheProgramStops() throws Exception {
        long before = openDescriptors();
        TProgram.Result r = run("""
                import std.fs;

                fn main() {
                    fs.write_str("DIR/f.txt", "x").unwrap();
                    let mut open = Vec::new();
                    for k in 0..2000 { open.push(fs.open("DIR/f.txt").unwrap()); }
                    println("main left {open.len()} open");
                }
                """);
        assertEquals(new TProgram.Result(0, "main left 2000 open\n", ""), r);
        assertTrue(openDescriptors() <= before + 5, "descriptors before " + before + ", after " + openDescriptors());
    }

    @Test
    void filesLeftOpenCloseWhenTheirTaskEndsUnlessHandedOnOrKeptInAStatic() throws Exception {
        String source = """
                import std.fs;
                import std.fs.{File};
                import test.fds;

                static mut kept: Option<File> = None;

                fn opened_in_tasks() -> Int {
                    let mut tasks = Vec::new();
                    for i in 0..100 {
                        tasks.push(spawn(|| { for k in 0..50 { fs.open("DIR/f.txt").unwrap(); } 50 }));
                    }
                    let mut opened = 0;
                    for t in tasks { opened += t.join(); }
                    opened
                }

                fn main() {
                    fs.write_str("DIR/f.txt", "hello").unwrap();
                    let before = fds.count();
                    let opened = opened_in_tasks();
                    println("{opened} files left open by ended tasks; leaked: {fds.count() - before <= 5}");
                    spawn(|| { kept = Some(fs.open("DIR/f.txt").unwrap()); }).join();
                    let nested = spawn(|| {
                        let mut v = Vec::new();
                        v.push((1, Some(fs.open("DIR/f.txt").unwrap())));
                        v
                    }).join();
                    match kept { Some(f) => println(f.reader().read_to_str()), None => println("none") }
                    match nested[0] { (_, Some(f)) => println(f.reader().read_to_str()), _ => println("none") }
                }
                """.replace("DIR", dir.toString());
        TProgram.Result r = TProgram.runOnEveryTier(dir, source, List.of(new IoModule(), new FsModule(), new DescriptorsModule()));
        assertEquals(new TProgram.Result(0, "5000 files left open by ended tasks; leaked: true\nOk(\"hello\")\nOk(\"hello\")\n", ""), r);
    }

    private static long openDescriptors() throws Exception {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
