public class Fib {
    static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    // args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
    public static void main(String[] args) {
        long n = Long.parseLong(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int rep = 0; rep < reps; rep++) {
            long t0 = System.currentTimeMillis();
            long r = fib(n);
            System.err.println("ms " + (System.currentTimeMillis() - t0));
            if (rep == 0) System.out.println(r);
        }
    }
}
