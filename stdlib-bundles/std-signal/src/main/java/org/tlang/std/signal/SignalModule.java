package org.tlang.std.signal;

import java.lang.invoke.MethodHandles;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.Unit;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeContext;
import org.tlang.spi.natives.NativeModule;
import org.tlang.std.io.streams.IoErrors;

/**
 * {@code std.signal}: T handlers of the signals a program may take, SIGUSR1 and SIGUSR2 (the
 * runtime keeps SIGTERM and SIGINT, which drain it, and SIGHUP, which reloads). Each handler runs
 * as a new task of its program every time the process receives its signal, until {@code off} or
 * the program ends ({@link ProgramHandlers}, a resource of the program). The JDK's signal handling
 * is installed once per signal, on first use ({@link ProcessSignals}), and given back when the last
 * handler goes.
 */
@Component(service = NativeModule.class)
public final class SignalModule extends JavaModule {
    static final String SOURCE = """
            import std.io.{IoError};

            /// A signal a program may handle (SIGTERM, SIGINT and SIGHUP are the runtime's).
            pub enum Signal { Usr1, Usr2 }

            /// Runs `f` as a new task of the program each time the process receives `sig`, until `off(sig)`
            /// or the program ends. Several handlers of one signal all run. Err(Other(..)) if the JVM keeps the signal.
            pub fn on(sig: Signal, f: fn()) -> Result<(), IoError> { listen(name(sig), f) }

            /// Removes every handler of `sig` this program added.
            pub fn off(sig: Signal) { unlisten(name(sig)) }

            /// A receiver of `sig`, as Go's signal.Notify: each time the process receives it, `sig` is sent
            /// (up to 16 wait unreceived; a signal past those waits for room).
            pub fn notify(sig: Signal) -> Result<Receiver<Signal>, IoError> {
                let (tx, rx) = chan<Signal>(16);
                on(sig, || tx.send(sig))?;
                Ok(rx)
            }

            fn name(sig: Signal) -> Str {
                match sig {
                    Signal::Usr1 => "USR1",
                    Signal::Usr2 => "USR2",
                }
            }
            """;

    private final ProcessSignals signals = new ProcessSignals();

    public SignalModule() {
        super("std.signal", SOURCE, MethodHandles.lookup());
        function("listen", "fn(Str, fn()) -> Result<(), IoError>", "listen");
        function("unlisten", "fn(Str)", "unlisten");
    }

    Object listen(NativeContext cx, String signal, Object handler) {
        String refused = handlers(cx).add(signal, (FnValue) handler);
        return refused == null ? EnumValue.ok(Unit.VALUE) : IoErrors.err(IoErrors.OTHER, "SIG" + signal + ": " + refused);
    }

    void unlisten(NativeContext cx, String signal) {
        handlers(cx).remove(signal);
    }

    private ProgramHandlers handlers(NativeContext cx) {
        long id = cx.resources().named("std.signal", () -> new ProgramHandlers(cx, signals));
        return cx.resources().get(id, ProgramHandlers.class);
    }

    @Deactivate
    void deactivate() {
        signals.restoreAll();
    }
}
