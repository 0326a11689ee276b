package org.tlang.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tlang.sandbox.Sandbox;

/**
 * The command line of a child JVM of this distribution that runs isolated code: the launcher with
 * {@code cli} as its arguments, the framework's cache, the admin socket and the JVM's own files in
 * the child's {@code folder}, inside the namespaces {@link Namespaces} makes where it can (no
 * network unless {@code net}, a read-only root but for the folder and the {@code writable} grants).
 * Started with an empty environment, in that folder.
 */
final class ChildJvm {
    /** Set in the child: it runs the isolated code itself rather than starting another child. */
    static final String CHILD = "tlang.isolated";

    private ChildJvm() {}

    static boolean inChild() {
        return Boolean.getBoolean(CHILD);
    }

    /** The distribution's folder, or null when this runtime was not started from one (it cannot start a child then). */
    static String home() {
        return System.getProperty("tlang.home");
    }

    static List<String> command(Path folder, boolean net, List<String> writable, List<String> cli) {
        String home = home();
        List<String> command = new ArrayList<>(Namespaces.prefix(net, Namespaces.writable(folder, writable)));
        command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-D" + CHILD + "=true", "-Dtlang.home=" + home,
                "-Djava.io.tmpdir=" + folder, "-Dtlang.admin.dir=" + folder.resolve("admin"), "-XX:-UsePerfData",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-cp", Path.of(home, "lib") + "/*",
                "org.tlang.cli.Main"));
        command.addAll(cli);
        return command;
    }

    /** A working folder of its own for a child, {@code prefix} and a random part, holding {@code profile} (this runtime's) as {@code profile.toml}. */
    static Path folder(String prefix, String profile) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        Files.writeString(folder.resolve("profile.toml"), profile == null ? "" : profile);
        return folder;
    }

    /**
     * The launcher's arguments for {@code command} in a child made in {@code folder}: the profile
     * there, the implementations chosen on this runtime's command line ({@code overrides}, by kind),
     * and {@code grants} as the command line's flags.
     */
    static List<String> arguments(String command, Path folder, Map<String, String> overrides, List<String> grants) {
        List<String> out = new ArrayList<>(List.of(command, "--profile", folder.resolve("profile.toml").toString()));
        overrides.forEach((kind, impl) -> out.addAll(List.of("--" + kind, impl)));
        if (grants != null) for (String grant : grants) out.add(flag(grant));
        return out;
    }

    /** The paths of the {@code fs.write=...} grants among {@code grants} ({@code net=127.0.0.1:*}, {@code fs.write=/srv/data}). */
    static List<String> writable(List<String> grants) {
        List<String> out = new ArrayList<>();
        if (grants != null) {
            for (String grant : grants) if (grant.startsWith("fs.write=")) out.addAll(List.of(grant.substring(9).split(",")));
        }
        return out;
    }

    /** {@code net=127.0.0.1:*} as the command line spells it: {@code --allow-net=127.0.0.1:*}. */
    static String flag(String grant) {
        if (grant.equals("all")) return "--allow-all";
        int eq = grant.indexOf('=');
        String capability = eq < 0 ? grant : grant.substring(0, eq);
        String name = Sandbox.FLAGS.get(capability);
        return eq < 0 ? name + "=" : name + grant.substring(eq);
    }

    /** Copies what the child writes on {@code from} to {@code to} as it comes, on a virtual thread, until the child ends. */
    static Thread pump(java.io.InputStream from, java.io.PrintStream to) {
        return Thread.ofVirtual().start(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = from.read(buffer)) > 0; ) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException ignored) {
                // the child ended
            }
        });
    }
}
