package org.tlang.std.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.osgi.service.component.annotations.Component;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Tuple;
import org.tlang.runtime.Vec;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeContext;
import org.tlang.spi.natives.NativeModule;
import org.tlang.std.io.streams.IoErrors;
import org.tlang.std.io.streams.Stream;

/**
 * {@code std.process}: child processes, started through the program's I/O driver after the
 * capability {@code process} is checked on the program's name. A child still running when the
 * program stops is killed with it. {@code exit(status)} stops the program ({@link NativeContext#exit});
 * {@code on_shutdown(f)} runs {@code f} when it stops ({@link NativeContext#onShutdown}).
 */
@Component(service = NativeModule.class)
public final class ProcessModule extends JavaModule {
    static final String SOURCE = """
            import std.io.{IoError, Reader, Writer};

            /// What a finished child printed and its exit status (128 + N if signal N ended it).
            pub struct Output { status: Int, stdout: Str, stderr: Str }

            /// A child process to start: `process.command("ls").arg("-l").cwd("/tmp").output()`.
            pub struct Command { program: Str, args: Vec<Str>, vars: Map<Str, Str>, dir: Str, input: Option<Str> }

            impl Command {
                pub fn arg(self, a: Str) -> Command { self.args.push(a); self }
                /// Sets a variable of the child's environment (which is otherwise this process's).
                pub fn env(self, k: Str, v: Str) -> Command { self.vars.insert(k, v); self }
                pub fn cwd(self, dir: Str) -> Command { self.dir = dir; self }
                /// What the child reads on its stdin (otherwise: nothing, at once end of stream for `output`).
                pub fn stdin_str(self, s: Str) -> Command { self.input = Some(s); self }
                /// Starts the child; its stdout is `reader()`, its stdin `writer()`; its stderr goes to the program's.
                pub fn spawn(self) -> Result<Child, IoError> {
                    let (id, stream, pid) = start_child(self.program, self.args, self.vars, self.dir, self.input)?;
                    Ok(Child { id: id, stream: stream, child_pid: pid })
                }
                /// Runs the child to its end, with stdout and stderr captured.
                pub fn output(self) -> Result<Output, IoError> {
                    let (status, out, err) = run_child(self.program, self.args, self.vars, self.dir, self.input)?;
                    Ok(Output { status: status, stdout: out, stderr: err })
                }
            }

            /// A running child process.
            pub struct Child { id: Int, stream: Int, child_pid: Int }

            impl Child {
                pub fn pid(self) -> Int { self.child_pid }
                /// Waits for the child to end (closing its stdin first if nothing else did); its exit status.
                pub fn wait(self) -> Result<Int, IoError> { wait_child(self.id, self.stream) }
                /// Waits at most `ms` milliseconds: Some(status) if the child ended, None if it still runs.
                /// Flushes what was written to its stdin, and leaves stdin open.
                pub fn wait_timeout(self, ms: Int) -> Result<Option<Int>, IoError> { wait_child_for(self.id, self.stream, ms) }
                /// Kills the child (SIGKILL); killing an ended child does nothing.
                pub fn kill(self) { kill_child(self.id) }
                pub fn reader(self) -> Reader { Reader { id: self.stream } }
                pub fn writer(self) -> Writer { Writer { id: self.stream } }
            }

            pub fn command(program: Str) -> Command {
                Command { program: program, args: Vec::new(), vars: Map::new(), dir: "", input: None }
            }

            /// Runs `program` with `args` to its end; stdout and stderr captured.
            pub fn run(program: Str, args: Vec<Str>) -> Result<Output, IoError> {
                let mut c = command(program);
                for a in args { c = c.arg(a); }
                c.output()
            }
            """;

    public ProcessModule() {
        super("std.process", SOURCE, MethodHandles.lookup());
        handle("Child", "id", "stream");
        function("start_child", "fn(Str, Vec<Str>, Map<Str, Str>, Str, Option<Str>) -> Result<(Int, Int, Int), IoError>", "startChild");
        function("run_child", "fn(Str, Vec<Str>, Map<Str, Str>, Str, Option<Str>) -> Result<(Int, Str, Str), IoError>", "runChild");
        function("wait_child", "fn(Int, Int) -> Result<Int, IoError>", "waitChild");
        function("wait_child_for", "fn(Int, Int, Int) -> Result<Option<Int>, IoError>", "waitChildFor");
        function("kill_child", "fn(Int)", "killChild");
        function("pid", "fn() -> Int", "pid");
        function("exit", "fn(Int)", "exit");
        function("on_shutdown", "fn(fn())", "onShutdown");
    }

    /** A child process as a resource of the program: closing it (at the latest when the program stops) kills it if it still runs. */
    record ChildProcess(Process process) implements AutoCloseable {
        @Override
        public void close() {
            if (process.isAlive()) process.destroyForcibly();
        }
    }

    private static ProcessBuilder builder(String program, Vec args, Map<?, ?> env, String cwd) {
        List<String> command = new ArrayList<>();
        command.add(program);
        for (int i = 0; i < args.size(); i++) command.add((String) args.get(i));
        ProcessBuilder b = new ProcessBuilder(command);
        env.forEach((k, v) -> b.environment().put((String) k, (String) v));
        if (!cwd.isEmpty()) b.directory(Path.of(cwd).toAbsolutePath().toFile());
        return b;
    }

    /** The child {@code command} starts through the I/O driver once {@code process} is granted on {@code program}; else the Err why not. */
    private static Object start(NativeContext cx, String program, ProcessBuilder command, Map<?, ?> set) {
        String denied = cx.denied("process", program);
        if (denied != null) return IoErrors.denied(denied);
        // the child inherits only the variables the caller may read itself, and those it set
        command.environment().keySet().removeIf(k -> !set.containsKey(k) && cx.denied("env", k) != null);
        try {
            return cx.io().start(command);
        } catch (IOException e) {
            return EnumValue.err(startFailure(program, e));
        }
    }

    /** Starts the child: (its resource id, the id of the stream to its stdin and from its stdout, its pid). */
    static Object startChild(NativeContext cx, String program, Vec args, Map<?, ?> env, String cwd, EnumValue stdin) {
        Object started = start(cx, program, builder(program, args, env, cwd).redirectError(ProcessBuilder.Redirect.INHERIT), env);
        if (!(started instanceof Process p)) return started;
        long id = cx.resources().add(new ChildProcess(p));
        long stream = cx.resources().add(new Stream(program, p.getInputStream(), p.getOutputStream(), true, null));
        Object text = EnumValue.payloadOrNull(stdin);
        if (text != null) {
            try {
                p.getOutputStream().write(((String) text).getBytes(StandardCharsets.UTF_8));
                p.getOutputStream().flush();
            } catch (IOException e) {
                // the child closed its stdin or ended already: what it did is in its status
            }
        }
        return EnumValue.ok(new Tuple(new Object[] {id, stream, p.pid()}));
    }

    /** Runs the child to its end with both outputs captured (each read by a task of its own, so neither pipe fills). */
    static Object runChild(NativeContext cx, String program, Vec args, Map<?, ?> env, String cwd, EnumValue stdin) {
        Object started = start(cx, program, builder(program, args, env, cwd), env);
        if (!(started instanceof Process p)) return started;
        long id = cx.resources().add(new ChildProcess(p));
        try {
            CompletableFuture<String> err = drain(p.getErrorStream());
            CompletableFuture<String> out = drain(p.getInputStream());
            try (var in = p.getOutputStream()) {
                Object text = EnumValue.payloadOrNull(stdin);
                if (text != null) in.write(((String) text).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the child does not read its stdin: fine
            }
            int status = p.waitFor();
            return EnumValue.ok(new Tuple(new Object[] {(long) status, out.join(), err.join()}));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw org.tlang.runtime.Cancellation.interrupted();
        } finally {
            close(cx, id);
        }
    }

    /** The bytes of {@code in} up to its end, as UTF-8 (bad sequences become U+FFFD), read on a virtual thread. */
    private static CompletableFuture<String> drain(InputStream in) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (in) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                in.transferTo(all);
                text.complete(all.toString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.complete("");
            }
        });
        return text;
    }

    static Object waitChild(NativeContext cx, long id, long stream) {
        return onChild(cx, id, stream, p -> {
            p.getOutputStream().close();
            return EnumValue.ok((long) p.waitFor());
        });
    }

    static Object waitChildFor(NativeContext cx, long id, long stream, long ms) {
        if (ms < 0) throw new PanicException("Child.wait_timeout: negative timeout " + ms);
        return onChild(cx, id, stream, p -> p.waitFor(ms, java.util.concurrent.TimeUnit.MILLISECONDS)
                ? EnumValue.ok(EnumValue.some((long) p.exitValue())) : EnumValue.ok(EnumValue.NONE));
    }

    /** What a wait does with the child's process, once what was written to its stdin is flushed. */
    private interface ChildWork {
        Object run(Process p) throws IOException, InterruptedException;
    }

    /** Runs {@code work} on child {@code id} if it is open: its result, its IOException as an IoError naming the child. */
    private static Object onChild(NativeContext cx, long id, long stream, ChildWork work) {
        ChildProcess child = cx.resources().get(id, ChildProcess.class);
        if (child == null) return IoErrors.closed("child " + id);
        Stream s = cx.resources().get(stream, Stream.class);
        try {
            if (s != null && s.writable()) s.flush();
            return work.run(child.process());
        } catch (IOException e) {
            return IoErrors.err(s == null ? "child " + id : s.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw org.tlang.runtime.Cancellation.interrupted();
        }
    }

    static void killChild(NativeContext cx, long id) {
        ChildProcess child = cx.resources().get(id, ChildProcess.class);
        if (child != null) child.process().destroyForcibly();
    }

    /** Stops the program with {@code status}; the calling task goes no further. */
    static void exit(NativeContext cx, long status) {
        if (status < 0 || status > 255) throw new PanicException("process.exit: the status must be 0..255, got " + status);
        throw cx.exit((int) status);
    }

    /** Runs {@code hook} (a T {@code fn()}) when the program stops ({@link NativeContext#onShutdown}). */
    static void onShutdown(NativeContext cx, Object hook) {
        cx.onShutdown(() -> ((FnValue) hook).call(new Object[0]));
    }

    static long pid() {
        return ProcessHandle.current().pid();
    }

    private static void close(NativeContext cx, long id) {
        try {
            cx.resources().close(id);
        } catch (Exception e) {
            // killing an ended child cannot fail in a way worth reporting
        }
    }

    /** The system's error number in Java's "Cannot run program" message ("error=2, ..." or "Exec failed, error: 2 (...)"). */
    private static final java.util.regex.Pattern ERRNO = java.util.regex.Pattern.compile("error[=:]\\s*(\\d+)");

    /** The IoError of a child that could not start: ENOENT is NotFound, EACCES PermissionDenied. */
    private static EnumValue startFailure(String program, IOException e) {
        var m = ERRNO.matcher(String.valueOf(e.getMessage()));
        String errno = m.find() ? m.group(1) : "";
        if (errno.equals("2")) return IoErrors.error(IoErrors.NOT_FOUND, program + ": no such program");
        if (errno.equals("13")) return IoErrors.error(IoErrors.PERMISSION_DENIED, program + ": permission denied");
        return IoErrors.of(program, e);
    }
}
