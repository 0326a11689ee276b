package org.tlang.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Talks to a running runtime's admin channel: a Unix domain socket {@code <dir>/<pid>.sock} in an
 * owner-only folder ({@code tlang.admin.dir}, default {@code ~/.tlang/run}). One request per
 * connection: a line of tab-separated words, then an optional payload; the answer is an exit
 * status line and text.
 */
public final class AdminClient {
    /** The answer of a runtime. */
    public record Answer(int status, String text) {}

    private final Path folder;

    public AdminClient(Path folder) {
        this.folder = folder;
    }

    public static Path defaultFolder() {
        String configured = System.getProperty("tlang.admin.dir");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".tlang", "run");
    }

    /** Where the runtime of process {@code pid} listens. */
    public Path socket(long pid) {
        return folder.resolve(pid + ".sock");
    }

    /** The pids of runtimes that answer, in the order of their sockets' names. */
    public List<Long> runtimes() throws IOException {
        List<Long> pids = new ArrayList<>();
        if (!Files.isDirectory(folder)) return pids;
        // no streams or lambdas here: spinning their classes would be a good part of `tlang admin`'s time
        List<String> sockets = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.matches("\\d+\\.sock")) sockets.add(name);
            }
        }
        sockets.sort(null);
        for (String socket : sockets) {
            long pid = Long.parseLong(socket.substring(0, socket.length() - ".sock".length()));
            if (alive(pid)) pids.add(pid);
        }
        return pids;
    }

    private static boolean alive(long pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isPresent() && process.get().isAlive();
    }

    /** @throws IOException saying why, in words a user can act on, when no runtime answers as {@code pid} */
    public Answer send(long pid, List<String> words, String payload) throws IOException {
        Path socket = socket(pid);
        if (!alive(pid)) {
            throw new IOException("no process with pid " + pid + " is running");
        }
        if (!Files.exists(socket)) {
            throw new IOException("process " + pid + " has no admin channel in " + folder
                    + " (it is not a tlang program, runs no program yet, or belongs to another user)");
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException e) {
                throw new IOException("cannot reach the admin channel of process " + pid + " (" + socket + "): " + e.getMessage());
            }
            OutputStream out = Channels.newOutputStream(channel);
            out.write((String.join("\t", words) + "\n" + payload).getBytes(StandardCharsets.UTF_8));
            out.flush();
            channel.shutdownOutput();
            InputStream in = Channels.newInputStream(channel);
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int newline = answer.indexOf('\n');
            if (newline < 0) throw new IOException("the runtime closed the admin connection without an answer");
            return new Answer(Integer.parseInt(answer.substring(0, newline).strip()), answer.substring(newline + 1));
        }
    }
}
