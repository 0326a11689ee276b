package org.tlang.kernel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Linux namespaces an isolated program's child runs in, through {@code unshare}, where they
 * can be made here (as root, or with user namespaces): a network namespace of its own (only
 * loopback) unless the program is granted {@code net}, and a mount namespace whose root is
 * read-only but for the child's working folder and the folders it may write ({@code fs.write}).
 */
final class Namespaces {
    /**
     * Binds each writable folder onto itself, makes the root read-only, the binds writable again,
     * then runs the command there with an empty environment (the working folder looked up again:
     * the one inherited is the folder under the bind).
     */
    private static final String READ_ONLY_ROOT = """
            IFS=:; set -f; rw=$1; shift
            mount --make-rprivate / || exit 125
            for p in $rw; do mount --bind "$p" "$p" || exit 125; done
            mount -o remount,bind,ro / || exit 125
            for p in $rw; do mount -o remount,bind,rw "$p" || exit 125; done
            unset IFS; set +f
            cd "$(pwd)" || exit 125
            exec env -i "$@"
            """;

    private static final boolean NET = works(List.of("unshare", "--net", "--", "true"));
    private static final boolean MOUNT = mountWorks();

    private Namespaces() {}

    /** Whether the child can be without a network. */
    static boolean net() {
        return NET;
    }

    /** Whether the child can have a read-only root. */
    static boolean readOnlyRoot() {
        return MOUNT;
    }

    /** What goes before the child's command: {@code unshare} and the read-only root's script, or nothing. */
    static List<String> prefix(boolean netGranted, List<Path> writable) {
        boolean net = !netGranted && NET;
        if (!net && !MOUNT) return List.of();
        List<String> prefix = new ArrayList<>(List.of("unshare"));
        if (MOUNT) prefix.add("--mount");
        if (net) prefix.add("--net");
        prefix.add("--");
        if (MOUNT) {
            prefix.addAll(List.of("sh", "-c", READ_ONLY_ROOT, "sh",
                    String.join(":", writable.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList())));
        }
        return prefix;
    }

    /** The folders that stay writable: an existing folder as it is, a file or a missing path by its nearest existing folder. */
    static List<Path> writable(Path folder, List<String> writeGrants) {
        List<Path> out = new ArrayList<>(List.of(folder));
        for (String grant : writeGrants) {
            Path p = Path.of(grant).toAbsolutePath().normalize();
            while (p != null && !Files.isDirectory(p)) p = p.getParent();
            if (p != null && p.getParent() != null && !p.toString().contains(":") && !out.contains(p)) out.add(p);
        }
        return out;
    }

    private static boolean mountWorks() {
        try {
            Path probe = Files.createTempDirectory("tlang-ro-probe-");
            try {
                List<String> command = new ArrayList<>(List.of("unshare", "--mount", "--", "sh", "-c", READ_ONLY_ROOT, "sh", probe.toString()));
                command.addAll(List.of("sh", "-c", "touch " + probe + "/ok && ! touch /tlang-ro-probe 2>/dev/null"));
                return works(command);
            } finally {
                Files.deleteIfExists(probe.resolve("ok"));
                Files.deleteIfExists(probe);
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean works(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
