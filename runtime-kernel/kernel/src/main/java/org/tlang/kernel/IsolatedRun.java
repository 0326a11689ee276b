package org.tlang.kernel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.tlang.api.Limits;
import org.tlang.api.RunRequest;
import org.tlang.api.RunResult;

/**
 * A run with {@code [sandbox] isolation = "process"}: the program runs in a child JVM of this
 * distribution, with no inherited environment, a working folder of its own, this runtime's
 * profile and the run's grants and limits, in the namespaces {@link Namespaces} makes where it can
 * (no network unless it is granted {@code net}, a read-only root). Its standard streams are the run's.
 * A child that crashes (killed by a signal, the JVM aborting) is started again, up to
 * {@link #RESTARTS} times; whatever happens to it, this runtime goes on serving.
 */
final class IsolatedRun {
    static final int RESTARTS = 3;

    private IsolatedRun() {}

    static RunResult run(RunRequest request, Path file, String profile, Map<String, String> overrides, boolean netGranted,
                         IsolatedChildren children) {
        if (ChildJvm.home() == null) return RunResult.notRun("[sandbox] isolation = \"process\" needs the distribution's folder (the tlang.home property) to start a child runtime");
        Path folder;
        try {
            folder = ChildJvm.folder("tlang-isolated-", profile);
        } catch (IOException e) {
            return RunResult.notRun("cannot make the isolated program's working folder: " + e.getMessage());
        }
        List<String> command = new ArrayList<>(ChildJvm.command(folder, netGranted, ChildJvm.writable(request.allow()),
                ChildJvm.arguments("run", folder, overrides, request.allow())));
        if (request.locked()) command.add("--locked");
        Limits limits = request.limits();
        if (limits.maxMillis() > 0) command.addAll(List.of("--max-ms", Long.toString(limits.maxMillis())));
        if (limits.maxFuel() > 0) command.addAll(List.of("--max-fuel", Long.toString(limits.maxFuel())));
        if (limits.maxTasks() > 0) command.addAll(List.of("--max-tasks", Integer.toString(limits.maxTasks())));
        command.add(file.toString());
        command.addAll(request.args());
        for (int attempt = 0; ; attempt++) {
            int status;
            try {
                status = once(command, folder, request, children);
            } catch (IOException e) {
                return RunResult.notRun("cannot start the isolated program: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return RunResult.notRun("interrupted while the isolated program ran");
            }
            if (status == 0) return RunResult.completed(List.of());
            if (!crashed(status) || attempt == RESTARTS || children.draining()) return RunResult.exited(status, List.of());
            request.err().println("tlang: the isolated program crashed (exit status " + status + "); starting it again (" + (attempt + 1) + " of " + RESTARTS + ")");
        }
    }

    /** Killed by a signal (128 + N) or an aborted JVM (134): not an end the program chose. */
    private static boolean crashed(int status) {
        return status > 128;
    }

    private static int once(List<String> command, Path folder, RunRequest request, IsolatedChildren children) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(command).directory(folder.toFile());
        b.environment().clear();
        Process child = b.start();
        children.started(child);
        Thread out = ChildJvm.pump(child.getInputStream(), request.out());
        Thread err = ChildJvm.pump(child.getErrorStream(), request.err());
        Thread in = Thread.ofVirtual().start(() -> {
            try (OutputStream to = child.getOutputStream()) {
                request.in().transferTo(to);
            } catch (IOException ignored) {
                // the child closed its stdin, or ended
            }
        });
        try {
            int status = child.waitFor();
            out.join(TimeUnit.SECONDS.toMillis(5));
            err.join(TimeUnit.SECONDS.toMillis(5));
            return status;
        } finally {
            children.ended(child);
            child.destroyForcibly();
            in.interrupt();
        }
    }
}
