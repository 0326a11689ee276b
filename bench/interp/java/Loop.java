public class Loop {
    static long sumLoop(long n) {
        long sum = 0;
        for (long i = 0; i < n; i++) {
            if (i % 3 == 0) sum = Math.addExact(sum, i ^ (i >> 3)); else sum = Math.subtractExact(sum, i & 1023);
        }
        return sum;
    }

    // args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
    public static void main(String[] args) {
        long n = Long.parseLong(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int rep = 0; rep < reps; rep++) {
            long t0 = System.currentTimeMillis();
            long sum = sumLoop(n);
            System.err.println("ms " + (System.currentTimeMillis() - t0));
            if (rep == 0) System.out.println(sum);
        }
    }
}
