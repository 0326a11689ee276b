import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The TCP echo benchmark's Java side. {@code EchoBench server}: an echo server on a free loopback
 * port, a virtual thread per connection, printing "listening 127.0.0.1:PORT".
 * {@code EchoBench client HOST:PORT MB}: sends MB mebibytes in 64 KiB writes while reading the echo,
 * and prints "ms N" (the time for all of it to come back).
 */
public class EchoBench {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("server")) {
            try (ServerSocket server = new ServerSocket(0, 512, java.net.InetAddress.getLoopbackAddress())) {
                System.out.println("listening 127.0.0.1:" + server.getLocalPort());
                while (true) {
                    Socket s = server.accept();
                    Thread.ofVirtual().start(() -> {
                        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                            byte[] buf = new byte[65536];
                            for (int n; (n = in.read(buf)) > 0; ) out.write(buf, 0, n);
                        } catch (Exception e) {
                            // the client went away
                        }
                    });
                }
            }
        }
        String[] hp = args[1].split(":");
        long total = Long.parseLong(args[2]) << 20;
        try (Socket s = new Socket(hp[0], Integer.parseInt(hp[1]))) {
            long t0 = System.nanoTime();
            Thread writer = Thread.ofPlatform().start(() -> {
                try {
                    OutputStream out = s.getOutputStream();
                    byte[] buf = new byte[65536];
                    for (long sent = 0; sent < total; sent += buf.length) out.write(buf);
                    s.shutdownOutput();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            InputStream in = s.getInputStream();
            byte[] buf = new byte[65536];
            long got = 0;
            for (int n; got < total && (n = in.read(buf)) > 0; ) got += n;
            writer.join();
            System.err.println("ms " + (System.nanoTime() - t0) / 1_000_000);
            System.out.println(got);
        }
    }
}
