package org.tlang.runtime.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tlang.runtime.Channel;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Printer;
import org.tlang.runtime.ProgramIo;
import org.tlang.runtime.Tuple;
import org.tlang.runtime.Vec;
import org.tlang.spi.natives.Resources;
import org.tlang.spi.scheduler.Task;
import org.tlang.spi.telemetry.Span;
import org.tlang.spi.telemetry.Telemetry;

/**
 * The prelude's free functions: printing, panics and assertions, tasks, time and channels. Those
 * that print or spawn take the calling program's {@link Context} first.
 */
public final class PreludeBuiltins {
    /**
     * What the front end makes the body of a {@code #[trace]} function call: its span's name and
     * the body as a closure. The name cannot be written in T, so only the attribute reaches it.
     */
    public static final String TRACE = "#trace";

    private PreludeBuiltins() {}

    static void addTo(BuiltinTable.Rows t) {
        t.interpreted("print", "fn(T)", "print")
                .interpreted("println", "fn(T)", "println")
                .interpreted("eprint", "fn(T)", "eprint")
                .interpreted("eprintln", "fn(T)", "eprintln")
                .direct("panic", "fn(Str) -> Never", "panic")
                .direct("assert/1", "fn(Bool)", "assertTrue")
                .direct("assert/2", "fn(Bool, Str)", "assertWith")
                .direct("assert_eq", "fn(T, T)", "assertEq")
                .interpreted("spawn", "fn(fn() -> T) -> Task<T>", "spawn")
                .interpreted(TRACE, "fn(Str, fn() -> T) -> T", "traced")
                .direct("sleep", "fn(Int)", "sleep")
                .total("now_ms", "fn() -> Int", "nowMs")
                .total("now_ns", "fn() -> Int", "nowNs")
                .direct("chan", "fn(Int) -> (Sender<T>, Receiver<T>)", "chan")
                .direct("select", "fn(Vec<Receiver<T>>) -> (Int, Option<T>)", "select");
    }

    public static void print(Context cx, Object v) {
        ProgramIo.print(cx.io().out(), Printer.show(v), false);
    }

    public static void println(Context cx, Object v) {
        ProgramIo.print(cx.io().out(), Printer.show(v), true);
    }

    public static void eprint(Context cx, Object v) {
        ProgramIo.print(cx.io().err(), Printer.show(v), false);
    }

    public static void eprintln(Context cx, Object v) {
        ProgramIo.print(cx.io().err(), Printer.show(v), true);
    }

    public static Task<Object> spawn(Context cx, FnValue f) {
        return cx.spawn(() -> f.call(new Object[0]), f);
    }

    /** Runs {@code body} in a span named {@code name}, current while it runs; a panic marks the span failed. */
    public static Object traced(Context cx, String name, FnValue body) {
        Telemetry telemetry = cx.telemetry();
        if (!telemetry.active()) return body.call(new Object[0]);
        try (Span span = telemetry.span(name, Span.Kind.INTERNAL, null, "code.function", name)) {
            try {
                return body.call(new Object[0]);
            } catch (PanicException p) {
                span.fail(p.getMessage());
                throw p;
            }
        }
    }

    public static Object panic(String message) {
        throw Builtin.panic(message);
    }

    public static void assertTrue(boolean ok) {
        if (!ok) throw Builtin.panic("assertion failed");
    }

    public static void assertWith(boolean ok, String message) {
        if (!ok) throw Builtin.panic(message);
    }

    public static void assertEq(Object left, Object right) {
        if (!Objects.equals(left, right)) {
            throw Builtin.panic("assertion `left == right` failed\n  left: " + Printer.debug(left) + "\n right: " + Printer.debug(right));
        }
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(Math.max(0, ms));
        } catch (InterruptedException e) {
            throw Builtin.interrupted();
        }
    }

    public static long nowMs() {
        return System.currentTimeMillis();
    }

    public static long nowNs() {
        return System.nanoTime();
    }

    public static Tuple chan(long capacity) {
        long n = Sizes.count("chan", "capacity", capacity, Long.MAX_VALUE);
        // only a bound (the queue grows as items come): beyond an int's range no heap would notice
        Channel c = new Channel((int) Math.min(Integer.MAX_VALUE, n));
        return new Tuple(new Object[] {new Channel.Sender(c), new Channel.Receiver(c)});
    }

    /** (index, Some(value)) of the first receiver with a value, or (index, None) of the first closed and drained. */
    public static Tuple select(Vec receivers) {
        if (receivers.isEmpty()) throw Builtin.panic("select needs at least one receiver");
        List<Channel> channels = new ArrayList<>(receivers.size());
        for (Object r : receivers) channels.add(((Channel.Receiver) r).channel());
        try {
            Channel.Selected s = Channel.select(channels);
            return new Tuple(new Object[] {(long) s.index(), EnumValue.option(Resources.received(s.value()))});
        } catch (InterruptedException e) {
            throw Builtin.interrupted();
        }
    }
}
