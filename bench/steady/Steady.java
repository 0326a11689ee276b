import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tlang.api.RunRequest;
import org.tlang.api.TlangRuntime;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * Steady state: boots the runtime once (through the embedding API, as tlang run does), then runs
 * one T program RUNS times in that process with the given profile and prints the time its workload
 * took on each run (the "ms N" line the bench programs write to stderr), then the median of the
 * last half: compiled code warm, HotSpot warm.
 *   java -cp "$DIST/lib/*:." Steady HOME PROFILE FILE ARG RUNS
 */
public class Steady {
    public static void main(String[] a) throws Exception {
        Path home = Path.of(a[0]);
        Tlang tlang = Tlang.init(BundleSet.directory(home), Files.readString(Path.of(a[1])), a[1]);
        TlangRuntime runtime = tlang.runtime();
        int runs = Integer.parseInt(a[4]);
        List<Long> times = new ArrayList<>();
        String first = null;
        for (int i = 0; i < runs; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = runtime.run(new RunRequest(Path.of(a[2]), List.of(a[3]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false));
            String e = err.toString(StandardCharsets.UTF_8);
            if (status != 0) throw new IllegalStateException("status " + status + ": " + e);
            String o = out.toString(StandardCharsets.UTF_8);
            if (first == null) first = o;
            else if (!first.equals(o)) throw new IllegalStateException("run " + i + " printed something else");
            times.add(Long.parseLong(e.lines().filter(l -> l.startsWith("ms ")).reduce((x, y) -> y).orElseThrow().substring(3).trim()));
        }
        List<Long> last = new ArrayList<>(times.subList(runs / 2, runs));
        Collections.sort(last);
        System.out.println("runs " + times + " steady " + last.get(last.size() / 2));
        tlang.close();
        System.exit(0);
    }
}
