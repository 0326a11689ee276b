package org.tlang.kernel;

import org.tlang.modules.HostValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tlang.api.TlangException;
import org.tlang.api.Value;
import org.tlang.isolation.PackageClient;
import org.tlang.modules.IsolatedPackage;
import org.tlang.modules.ModuleRegistry;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.ProgramIo;
import org.tlang.tir.TFunction;

/**
 * One dependency package of a program run in a child JVM of this distribution
 * ({@code [sandbox.NAME] isolation = "process"}): started at the program's first call of it, with
 * no inherited environment, a folder of its own, this runtime's profile, the package's grants and
 * only its own source; the program's calls go there over the child's standard streams and their
 * values are copied both ways ({@link HostValues}). A child that ends (killed, its JVM aborting,
 * out of memory) fails the calls it had, and the next call starts a new one, its statics
 * initialised anew; the program goes on. After {@link #STARTS} starts in a row that fail, its
 * calls panic saying why.
 */
final class PackageProcess implements IsolatedPackage, AutoCloseable {
    static final int STARTS = 3;
    private static final long READY_MILLIS = 60_000;

    private final String domain;
    private final Path root;
    private final List<String> grants;
    private final boolean net;
    private final String profile;
    private final Map<String, String> overrides;
    private final ProgramIo io;
    private final HostValues values;
    private Process process;
    private PackageClient client;
    private Path folder;
    private int failedStarts;
    private String whyNot;
    private volatile boolean closed;

    /**
     * @param domain the package as the program names it ({@code geo}; {@code geo@2} beside another major)
     * @param root   its folder (its {@code t.toml})
     * @param grants what it is granted, as the command line gives grants ({@code net=127.0.0.1:*}, {@code env})
     */
    PackageProcess(String domain, Path root, List<String> grants, String profile, Map<String, String> overrides, ProgramIo io, ModuleRegistry registry) {
        this.domain = domain;
        this.root = root;
        this.grants = List.copyOf(grants);
        this.net = grants.stream().anyMatch(g -> g.equals("net") || g.startsWith("net="));
        this.profile = profile;
        this.overrides = Map.copyOf(overrides);
        this.io = io;
        this.values = new HostValues(registry);
    }

    @Override
    public Object call(TFunction fn, Object[] args) {
        String name = domain + " " + fn.module() + "." + fn.name();
        List<Value> in = new ArrayList<>(args.length);
        try {
            for (int i = 0; i < args.length; i++) in.add(HostValues.fromT(args[i], fn.params().get(i).type(), name + ": argument " + (i + 1)));
        } catch (TlangException e) {
            throw new PanicException(e.getMessage(), null);
        }
        PackageClient c = running();
        io.flush(); // what the program printed before the call comes before what the package prints
        PackageClient.Answer a;
        try {
            a = c.call(moduleThere(fn.module()), fn.name(), in);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PanicException("interrupted while package " + domain + " ran " + fn.name() + " in its process", null);
        }
        if (a.gone()) throw new PanicException("the process of package " + domain + " ended during the call of " + fn.name() + " (" + ended(c) + ")", null);
        if (a.panic() != null) throw PanicException.continuing(a.panic());
        if (a.failure() != null) throw new PanicException("package " + domain + ": " + a.failure(), null);
        try {
            return values.toT(a.result(), fn.result(), name + ": its result");
        } catch (TlangException e) {
            throw new PanicException(e.getMessage(), null);
        }
    }

    /** The module's name in the package's own process, where the package is the root: {@code geo.distance} for {@code geo@2.distance}. */
    private String moduleThere(String module) {
        int at = domain.indexOf('@');
        return at < 0 ? module : domain.substring(0, at) + module.substring(domain.length());
    }

    /** The running child, started now if there is none. */
    private synchronized PackageClient running() {
        if (closed) throw new PanicException("package " + domain + ": the program is stopping", null);
        if (client != null && !client.ended()) return client;
        if (client != null) {
            io.err().println("tlang: the process of package " + domain + " ended (" + ended(client) + "); starting it again");
            stop();
        }
        if (failedStarts >= STARTS) throw new PanicException("package " + domain + ": its process does not start: " + whyNot, null);
        try {
            client = start();
            failedStarts = 0;
            return client;
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            failedStarts++;
            whyNot = e.getMessage();
            stop();
            throw new PanicException("package " + domain + ": cannot start its process: " + whyNot, null);
        }
    }

    private PackageClient start() throws IOException, InterruptedException {
        if (ChildJvm.home() == null) throw new IOException("[sandbox] isolation = \"process\" needs the distribution's folder (the tlang.home property) to start a child runtime");
        folder = ChildJvm.folder("tlang-package-" + domain.replace('@', '-') + "-", profile);
        List<String> cli = new ArrayList<>(ChildJvm.arguments("serve-package", folder, overrides, grants));
        cli.add(root.toString());
        ProcessBuilder b = new ProcessBuilder(ChildJvm.command(folder, net, ChildJvm.writable(grants), cli)).directory(folder.toFile());
        b.environment().clear();
        process = b.start();
        ChildJvm.pump(process.getErrorStream(), io.err());
        PackageClient c = new PackageClient(process.getInputStream(), process.getOutputStream(), io.out(), io.err());
        if (!c.awaitReady(READY_MILLIS)) {
            String why = process.isAlive() ? "it was not ready after " + READY_MILLIS + " ms" : "it ended first (exit status " + process.waitFor() + ")";
            throw new IOException(why);
        }
        return c;
    }

    private String ended(PackageClient c) {
        Process p = c == client ? process : null;
        if (p == null) return "its process was replaced";
        try {
            return p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) ? "exit status " + p.exitValue() : "it stopped answering";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (folder != null) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind
            }
        }
        process = null;
        client = null;
        folder = null;
    }

    /** The program ended: its package's process stops too. */
    @Override
    public synchronized void close() {
        closed = true;
        stop();
    }
}
