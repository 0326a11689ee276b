import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A line-echo load for bench/io-drivers.sh: CLIENTS connections (virtual threads), each sending a
 * line and waiting for its echo, as fast as it comes, for SECONDS. Prints
 * RESULT ok=N failed=N p50_ms=X p99_ms=X.
 *   java EchoLoad.java HOST PORT CLIENTS SECONDS
 */
public class EchoLoad {
    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        long end = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L;
        AtomicLong failed = new AtomicLong();
        List<long[]> all = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int id = c;
                futures.add(pool.submit(() -> {
                    long[] lat = new long[1 << 16];
                    int n = 0;
                    try (Socket s = new Socket(host, port)) {
                        s.setTcpNoDelay(true);
                        OutputStream out = s.getOutputStream();
                        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                        while (System.nanoTime() < end) {
                            String line = "client " + id + " line " + n;
                            long t0 = System.nanoTime();
                            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                            out.flush();
                            if (!line.equals(in.readLine())) { failed.incrementAndGet(); break; }
                            if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
                            lat[n++] = System.nanoTime() - t0;
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    return Arrays.copyOf(lat, n);
                }));
            }
            for (var f : futures) all.add(f.get());
        }
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double p50 = merged.length == 0 ? 0 : merged[merged.length / 2] / 1e6;
        double p99 = merged.length == 0 ? 0 : merged[(int) (merged.length * 0.99)] / 1e6;
        System.out.printf("RESULT ok=%d failed=%d p50_ms=%.3f p99_ms=%.3f%n", merged.length, failed.get(), p50, p99);
    }
}
