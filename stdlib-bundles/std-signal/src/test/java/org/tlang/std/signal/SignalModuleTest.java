package org.tlang.std.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.io.IoModule;
import org.tlang.std.testing.TProgram;
import sun.misc.Signal;

/** Real signals, raised in this JVM: each handler of the program runs as a task; notify's receiver gets each one. */
class SignalModuleTest {
    @TempDir
    Path dir;

    @Test
    void handlersAndReceiversSeeEachSignal() throws Exception {
        TProgram.Running program = TProgram.start(dir, """
                import std.signal;
                import std.signal.{Signal};

                fn main() {
                    let (tx, rx) = chan<Str>(4);
                    signal.on(Signal::Usr1, || tx.send("handler 1")).unwrap();
                    signal.on(Signal::Usr1, || tx.send("handler 2")).unwrap();
                    let usr2 = signal.notify(Signal::Usr2).unwrap();
                    println("ready");
                    let a = rx.recv().unwrap();
                    let b = rx.recv().unwrap();
                    let both = [a, b];
                    both.sort();
                    println(both.join(", "));
                    signal.off(Signal::Usr1);
                    println("usr2 ready");
                    println(usr2.recv());
                }
                """, List.of(new SignalModule(), new IoModule()));
        program.awaitLine("ready", Duration.ofSeconds(30));
        Signal.raise(new Signal("USR1"));
        program.awaitLine("usr2 ready", Duration.ofSeconds(30));
        Signal.raise(new Signal("USR2"));
        assertEquals(0, program.join(Duration.ofSeconds(30)), program.err());
        assertEquals("ready\nhandler 1, handler 2\nusr2 ready\nSome(Usr2)\n", program.out());
    }
}
