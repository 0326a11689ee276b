package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** examples/chat/chat.t through the launcher: three real TCP clients hear each other's lines, joins and leaves. */
class ChatIT {
    record Client(Socket socket, BufferedReader in, PrintWriter out) implements AutoCloseable {
        static Client connect(String host, int port) throws Exception {
            Socket s = new Socket(host, port);
            s.setSoTimeout(20_000);
            return new Client(s, new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)),
                    new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8));
        }

        @Override
        public void close() throws Exception {
            socket.close();
        }
    }

    /** With the shipped default profile (blocking I/O) and server profile (nio, work-stealing, pooled): the chat's sockets are std.net's, so they go through the driver. */
    @ParameterizedTest
    @ValueSource(strings = {"default.toml", "server.toml"})
    void everyLineReachesEveryOtherClient(String shipped) throws Exception {
        Path profile = RuntimeIT.HOME.resolve("profiles").resolve(shipped);
        List<String> command = CommandLineIT.launcher();
        command.addAll(List.of("run", "--profile", profile.toString(), "examples/chat/chat.t", "127.0.0.1:0"));
        Process p = new ProcessBuilder(command).directory(CommandLineIT.ROOT.toFile()).redirectErrorStream(true).start();
        try {
            String banner = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            Matcher m = Pattern.compile("chat on (127\\.0\\.0\\.1):(\\d+)").matcher(String.valueOf(banner));
            assertTrue(m.find(), String.valueOf(banner));
            int port = Integer.parseInt(m.group(2));
            try (Client a = Client.connect(m.group(1), port)) {
                Client b = Client.connect(m.group(1), port);
                assertEquals("* user2 joined (2 here)", a.in().readLine());
                try (Client c = Client.connect(m.group(1), port)) {
                    assertEquals("* user3 joined (3 here)", a.in().readLine());
                    assertEquals("* user3 joined (3 here)", b.in().readLine());
                    a.out().println("hello");
                    assertEquals("user1: hello", b.in().readLine());
                    assertEquals("user1: hello", c.in().readLine());
                    c.out().println("héllo back");
                    assertEquals("user3: héllo back", a.in().readLine());
                    assertEquals("user3: héllo back", b.in().readLine());
                    b.close();
                    assertEquals("* user2 left", a.in().readLine());
                    assertEquals("* user2 left", c.in().readLine());
                }
            }
            assertTrue(p.isAlive(), "the server outlives its clients");
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
