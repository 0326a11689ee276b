/** The twin of strbuild.t: the same pieces appended to a StringBuilder. */
public class Strbuild {
    static String build(int n, int round) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            long k = i + round;
            if (i > 0) b.append('\n');
            b.append("row ").append(k).append(": ").append(k * 7 % 13).append(',').append(k % 100).append(" ok");
        }
        return b.toString();
    }

    static long run(int rounds) {
        long total = 0;
        for (int round = 0; round < rounds; round++) total += build(10000, round).length();
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
