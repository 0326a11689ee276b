import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The file-copy benchmark's Java peer: FROM to TO through streams over FileChannels, 64 KiB at a time, as std.fs does; prints "ms N" on stderr. */
public class CopyBench {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        try (InputStream in = Channels.newInputStream(FileChannel.open(Path.of(args[0]), StandardOpenOption.READ));
             OutputStream out = Channels.newOutputStream(FileChannel.open(Path.of(args[1]), StandardOpenOption.WRITE,
                     StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING))) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) out.write(buffer, 0, n);
        }
        System.err.println("ms " + (System.nanoTime() - t0) / 1_000_000);
    }
}
