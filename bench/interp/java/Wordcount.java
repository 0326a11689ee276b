import java.util.LinkedHashMap;
import java.util.Map;

/** The twin of wordcount.t. */
public class Wordcount {
    static String text(int words, long seed) {
        StringBuilder b = new StringBuilder();
        long x = seed;
        for (int i = 0; i < words; i++) {
            x = (x * 1103515245L + 12345) % 2147483648L;
            if (i > 0) b.append(' ');
            b.append('w').append(x / 65536 % 5000);
        }
        return b.toString();
    }

    static Map<String, Long> count(String s) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String w : s.split(" ", -1)) m.merge(w, 1L, Long::sum);
        return m;
    }

    static long run(int rounds) {
        long total = 0;
        for (int round = 0; round < rounds; round++) {
            Map<String, Long> m = count(text(100000, round));
            total += m.size() + m.get("w42") * 1000;
        }
        return total;
    }

    // args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int rep = 0; rep < reps; rep++) {
            long t0 = System.currentTimeMillis();
            long r = run(n);
            System.err.println("ms " + (System.currentTimeMillis() - t0));
            if (rep == 0) System.out.println(r);
        }
    }
}
