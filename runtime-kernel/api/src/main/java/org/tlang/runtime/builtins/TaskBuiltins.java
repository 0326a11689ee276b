package org.tlang.runtime.builtins;

import org.tlang.runtime.Channel;
import org.tlang.runtime.EnumValue;
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
                .direct("Receiver.recv", "fn(Receiver<T>) -> Option<T>", "recv");
    }

    public static Object join(Task<?> task) {
        return task.join();
    }

    public static void send(Channel.Sender s, Object x) {
        try {
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
            return EnumValue.option(r.channel().recv());
        } catch (InterruptedException e) {
            throw Builtin.interrupted();
        }
    }
}
