import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples a running runtime's `admin status` through its admin socket every --every-ms for
 * --seconds, one JVM for the whole run (a `tlang admin` per sample would start a JVM each time),
 * and prints the peak and the mean of the collector's live resources and the allocator's off-heap
 * bytes in use: `SAMPLES n=.. live_peak=.. live_mean=.. bytes_peak=.. bytes_mean=..`.
 *   java Sampler.java SOCKET EVERY_MS SECONDS
 */
public class Sampler {
    private static final Pattern LIVE = Pattern.compile("(?m)^collector: .*?\\blive=(\\d+)");
    private static final Pattern BYTES = Pattern.compile("(?m)^allocator: .*?\\bbytes-in-use=(\\d+)");

    public static void main(String[] args) throws Exception {
        Path socket = Path.of(args[0]);
        long every = Long.parseLong(args[1]);
        long end = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
        long n = 0, livePeak = 0, liveSum = 0, bytesPeak = 0, bytesSum = 0;
        while (System.nanoTime() < end) {
            String status = status(socket);
            long live = value(LIVE, status);
            long bytes = value(BYTES, status);
            n++;
            livePeak = Math.max(livePeak, live);
            liveSum += live;
            bytesPeak = Math.max(bytesPeak, bytes);
            bytesSum += bytes;
            Thread.sleep(every);
        }
        System.out.printf("SAMPLES n=%d live_peak=%d live_mean=%.0f bytes_peak=%d bytes_mean=%.0f%n",
                n, livePeak, (double) liveSum / Math.max(n, 1), bytesPeak, (double) bytesSum / Math.max(n, 1));
    }

    private static long value(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String status(Path socket) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            OutputStream out = Channels.newOutputStream(channel);
            out.write("status\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            channel.shutdownOutput();
            InputStream in = Channels.newInputStream(channel);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
