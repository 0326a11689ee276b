package org.tlang.runtime.builtins;

import org.tlang.runtime.Channel;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.IoError;
import org.tlang.spi.natives.Resources;
import org.tlang.spi.scheduler.Task;

/**
 * The methods of {@code Task}, {@code Sender} and {@code Receiver}. {@code Task.join} has no
 * direct method: a panic it passes on keeps the task's trace and gains the joining call's
 * position, which each tier does with {@link org.tlang.runtime.PanicException#rethrownAt}.
 */
public final class TaskBuiltins {
    private TaskBuiltins() {}

    static void addTo(BuiltinTable.Rows t) {
        t.interpreted("Task.join", "fn(Task<T>) -> T", "join")
                .direct("Sender.send", "fn(Sender<T>, T)", "send")
                .total("Sender.close", "fn(Sender<T>)", "close")
                .direct("Receiver.recv", "fn(Receiver<T>) -> Option<T>", "recv")
                .total("Receiver.try_recv", "fn(Receiver<T>) -> Option<T>", "tryRecv")
                .direct("Receiver.recv_timeout", "fn(Receiver<T>, Int) -> Result<Option<T>, std.io.IoError>", "recvTimeout");
    }

    public static Object join(Task<?> task) {
        return Resources.received(task.join());
    }

    public static void send(Channel.Sender s, Object x) {
        try {
            Resources.sent(x);
            if (!s.channel().send(x)) throw Builtin.panic("send on a closed channel");
        } catch (InterruptedException e) {
            throw Builtin.interrupted();
        }
    }

    public static void close(Channel.Sender s) {
        s.channel().close();
    }

    public static EnumValue recv(Channel.Receiver r) {
        try {
            return EnumValue.option(Resources.received(r.channel().recv()));
        } catch (InterruptedException e) {
            throw Builtin.interrupted();
        }
    }

    /** Some(value) if one is there now; None if none is yet, or the channel is closed and drained. */
    public static EnumValue tryRecv(Channel.Receiver r) {
        Object v = r.channel().poll();
        return EnumValue.option(v == Channel.EMPTY ? null : Resources.received(v));
    }

    /** Ok(Some(value)), Ok(None) once closed and drained, Err(TimedOut("recv timed out after N ms")) if nothing came in time. */
    public static EnumValue recvTimeout(Channel.Receiver r, long ms) {
        try {
            Object v = r.channel().recv(ms);
            if (v == Channel.EMPTY) return IoError.err(IoError.TIMED_OUT, "recv timed out after " + ms + " ms");
            return EnumValue.ok(EnumValue.option(Resources.received(v)));
        } catch (InterruptedException e) {
            throw Builtin.interrupted();
        }
    }
}
