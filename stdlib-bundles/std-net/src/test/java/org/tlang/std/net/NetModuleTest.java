package org.tlang.std.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class NetModuleTest {
    @TempDir
    Path dir;

    private TProgram.Result run(TestHost host, String source) throws Exception {
        return TProgram.run(dir, source, List.of(new IoModule(), new NetModule()), host);
    }

    private TProgram.Result run(String source) throws Exception {
        return run(new TestHost(), source);
    }

    @Test
    void anEchoServerAnswersClientsInTasksOfTheirOwn() throws Exception {
        TProgram.Result r = run("""
                import std.net.{TcpListener, TcpStream};

                fn serve(listener: TcpListener, clients: Int) {
                    for i in 0..clients {
                        let conn = listener.accept().unwrap();
                        spawn(|| {
                            let r = conn.reader();
                            let w = conn.writer();
                            loop {
                                match r.read_line().unwrap() {
                                    Some(line) => { w.write_str("echo {line}\\n").unwrap(); w.flush().unwrap(); },
                                    None => break,
                                }
                            }
                            conn.close().unwrap();
                        });
                    }
                }

                fn main() {
                    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
                    let addr = listener.local_addr();
                    let server = spawn(|| serve(listener, 3));
                    let mut clients = Vec::new();
                    for c in 0..3 {
                        clients.push(spawn(|| {
                            let s = TcpStream::connect(addr).unwrap();
                            let w = s.writer();
                            w.write_str("hello {c}\\nbye {c}\\n").unwrap();
                            w.flush().unwrap();
                            let r = s.reader();
                            let a = r.read_line().unwrap().unwrap();
                            let b = r.read_line().unwrap().unwrap();
                            s.close().unwrap();
                            "{a}, {b}"
                        }));
                    }
                    for t in clients { println(t.join()); }
                    server.join();
                    listener.close().unwrap();
                    println(listener.accept().is_err());
                }
                """);
        assertEquals(new TProgram.Result(0, "echo hello 0, echo bye 0\necho hello 1, echo bye 1\necho hello 2, echo bye 2\ntrue\n", ""), r);
    }

    @Test
    void udpDatagramsGoBothWays() throws Exception {
        TProgram.Result r = run("""
                import std.net.{UdpSocket};

                fn main() {
                    let a = UdpSocket::bind("127.0.0.1:0").unwrap();
                    let b = UdpSocket::bind("127.0.0.1:0").unwrap();
                    println(a.send_to("ping".bytes(), b.local_addr()).unwrap());
                    let (data, from) = b.recv_from(100).unwrap();
                    println("{data.to_str()} {from == a.local_addr()}");
                    b.set_read_timeout(50);
                    println(b.recv_from(100).is_err());
                }
                """);
        assertEquals(new TProgram.Result(0, "4\nping true\ntrue\n", ""), r);
    }

    @Test
    void refusedTimedOutMalformedAndDeniedAreErrs() throws Exception {
        TProgram.Result r = run("""
                import std.net.{TcpListener, TcpStream};
                import std.io.{IoError};

                fn main() {
                    let l = TcpListener::bind("127.0.0.1:0").unwrap();
                    let addr = l.local_addr();
                    l.close().unwrap();
                    match TcpStream::connect(addr) {
                        Err(IoError::ConnectionRefused(_)) => println("refused"),
                        other => println("unexpected {other}"),
                    }
                    println(TcpStream::connect("no-port"));
                    println(TcpStream::connect("127.0.0.1:99999"));
                    println(TcpListener::bind("127.0.0.1:x"));
                    let server = TcpListener::bind("127.0.0.1:0").unwrap();
                    let s = TcpStream::connect(server.local_addr()).unwrap();
                    s.set_read_timeout(100);
                    match s.reader().read_line() {
                        Err(IoError::TimedOut(_)) => println("timed out"),
                        other => println("unexpected {other}"),
                    }
                    println(TcpListener::bind(server.local_addr()).is_err());
                }
                """);
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                refused
                Err(InvalidInput("no-port: expected host:port"))
                Err(InvalidInput("127.0.0.1:99999: port 99999 is not in 0..65535"))
                Err(InvalidInput("127.0.0.1:x: the port is not a number"))
                timed out
                true
                """, r.out());
        TestHost host = new TestHost();
        host.deny("net");
        TProgram.Result denied = run(host, """
                import std.net.{TcpListener};
                fn main() { println(TcpListener::bind("127.0.0.1:0")); }
                """);
        assertEquals("Err(PermissionDenied(\"net 127.0.0.1:0: not granted\"))\n", denied.out());
    }

    @Test
    void socketsMainLeavesOpenCloseWhenTheProgramStops() throws Exception {
        long before = openDescriptors();
        TProgram.Result r = run("""
                import std.net.{TcpListener, TcpStream};

                fn main() {
                    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
                    let addr = listener.local_addr();
                    let mut open = Vec::new();
                    for k in 0..1000 {
                        open.push(TcpStream::connect(addr).unwrap());
                        open.push(listener.accept().unwrap());
                    }
                    println("{open.len()} sockets left open by main");
                }
                """);
        assertEquals(new TProgram.Result(0, "2000 sockets left open by main\n", ""), r);
        long after = openDescriptors();
        assertTrue(after <= before + 5, "descriptors before " + before + ", after " + after);
    }

    private TProgram.Result runCountingDescriptors(String source) throws Exception {
        return TProgram.runOnEveryTier(dir, source, List.of(new IoModule(), new NetModule(), new DescriptorsModule()));
    }

    @Test
    void tenThousandSocketsLeftOpenByTasksCloseWhenEachTaskEnds() throws Exception {
        TProgram.Result r = runCountingDescriptors("""
                import std.net.{TcpListener, TcpStream};
                import test.fds;

                fn main() {
                    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
                    let addr = listener.local_addr();
                    let before = fds.count();
                    let acceptor = spawn(|| { for i in 0..5000 { listener.accept().unwrap(); } 5000 });
                    let mut tasks = Vec::new();
                    for t in 0..50 {
                        tasks.push(spawn(|| { for k in 0..100 { TcpStream::connect(addr).unwrap(); } 100 }));
                    }
                    let mut opened = 0;
                    for t in tasks { opened += t.join(); }
                    opened += acceptor.join();
                    let leaked = fds.count() - before;
                    println("{opened} sockets left open by ended tasks; leaked: {leaked <= 5}");
                    // the listener was captured by the acceptor: it closed when the acceptor ended
                    println("refused: {TcpStream::connect(addr).is_err()}");
                }
                """);
        assertEquals(new TProgram.Result(0, "10000 sockets left open by ended tasks; leaked: true\nrefused: true\n", ""), r);
    }

    @Test
    void aSocketHandedOnByReturnChannelOrCaptureStaysOpenForItsNewOwner() throws Exception {
        TProgram.Result r = runCountingDescriptors("""
                import std.io.{IoError};
                import std.net.{TcpListener, TcpStream};

                fn echo_one(listener: TcpListener) {
                    let conn = listener.accept().unwrap();
                    let line = conn.reader().read_line().unwrap().unwrap();
                    let w = conn.writer();
                    w.write_str("{line}!\\n").unwrap();
                    w.flush().unwrap();
                }

                fn ask(s: TcpStream, text: Str) -> Str {
                    let w = s.writer();
                    w.write_str("{text}\\n").unwrap();
                    w.flush().unwrap();
                    s.reader().read_line().unwrap().unwrap()
                }

                fn main() {
                    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
                    let addr = listener.local_addr();
                    let server = spawn(|| { for i in 0..3 { echo_one(listener); } });

                    // returned: the joiner owns it
                    let returned = spawn(|| TcpStream::connect(addr).unwrap()).join();
                    println(ask(returned, "returned"));

                    // sent on a channel by a task that then ends: the receiver owns it
                    let (tx, rx) = chan<Option<TcpStream>>(1);
                    spawn(|| { tx.send(Some(TcpStream::connect(addr).unwrap())); }).join();
                    let sent = rx.recv().unwrap().unwrap();
                    println(ask(sent, "sent"));

                    // captured by a spawned task: that task owns it, and closes it when it ends
                    let captured = TcpStream::connect(addr).unwrap();
                    println(spawn(|| ask(captured, "captured")).join());
                    server.join();
                    match captured.writer().write_str("again\\n") {
                        Err(IoError::Closed(_)) => println("closed with the task that captured it"),
                        other => println(other),
                    }
                }
                """);
        assertEquals(new TProgram.Result(0, "returned!\nsent!\ncaptured!\nclosed with the task that captured it\n", ""), r);
    }

    private static long openDescriptors() throws Exception {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    @Test
    void closingTwiceIsOkAndAnyOtherUseAfterCloseIsClosed() throws Exception {
        TProgram.Result r = run("""
                import std.net.{TcpListener, TcpStream, UdpSocket};
                import std.io.{IoError};

                fn closed<T>(what: Str, r: Result<T, IoError>) {
                    match r {
                        Err(IoError::Closed(_)) => println("{what}: closed"),
                        Err(e) => println("{what}: other error {e}"),
                        Ok(_) => println("{what}: ok"),
                    }
                }

                fn main() {
                    let l = TcpListener::bind("127.0.0.1:0").unwrap();
                    let s = TcpStream::connect(l.local_addr()).unwrap();
                    let peer = l.accept().unwrap();
                    println("{s.close()} {s.close()}");
                    closed("stream read", s.reader().read(10));
                    closed("stream write", s.writer().write_str("x"));
                    println("{s.writer().close()} {s.reader().close()}");
                    println("{peer.close()} {l.close()} {l.close()}");
                    closed("accept", l.accept());
                    let u = UdpSocket::bind("127.0.0.1:0").unwrap();
                    let to = u.local_addr();
                    println("{u.close()} {u.close()}");
                    closed("udp send", u.send_to("x".bytes(), to));
                    closed("udp recv", u.recv_from(10));
                }
                """);
        assertEquals(new TProgram.Result(0, """
                Ok(()) Ok(())
                stream read: closed
                stream write: closed
                Ok(()) Ok(())
                Ok(()) Ok(()) Ok(())
                accept: closed
                Ok(()) Ok(())
                udp send: closed
                udp recv: closed
                """, ""), r);
    }

    @Test
    void closingAStreamsWriterSendsTheEndAndTheAnswerCanStillBeRead() throws Exception {
        TProgram.Result r = TProgram.runOnEveryTier(dir, """
                import std.net.{TcpListener, TcpStream};

                fn main() {
                    let l = TcpListener::bind("127.0.0.1:0").unwrap();
                    let server = spawn(|| {
                        let conn = l.accept().unwrap();
                        let got = conn.reader().read_to_str().unwrap();
                        let w = conn.writer();
                        w.write_str("got {got.len()} bytes").unwrap();
                        w.close().unwrap();
                    });
                    let s = TcpStream::connect(l.local_addr()).unwrap();
                    s.writer().write_str("hello").unwrap();
                    s.writer().close().unwrap();
                    println(s.reader().read_to_str());
                    server.join();
                }
                """, List.of(new IoModule(), new NetModule()));
        assertEquals(new TProgram.Result(0, "Ok(\"got 5 bytes\")\n", ""), r);
    }

    @Test
    void acceptTimeoutGivesUpWithTimedOutAndStillAccepts() throws Exception {
        TProgram.Result r = TProgram.runOnEveryTier(dir, """
                import std.net.{TcpListener, TcpStream};
                import std.io.{IoError};

                fn main() {
                    let l = TcpListener::bind("127.0.0.1:0").unwrap();
                    match l.accept_timeout(50) {
                        Err(IoError::TimedOut(_)) => println("timed out"),
                        other => println("unexpected {other}"),
                    }
                    let addr = l.local_addr();
                    let client = spawn(|| TcpStream::connect(addr).is_ok());
                    println(l.accept_timeout(5000).is_ok());
                    println(client.join());
                }
                """, List.of(new IoModule(), new NetModule()));
        assertEquals(new TProgram.Result(0, "timed out\ntrue\ntrue\n", ""), r);
    }
}
