public class Fib {
    static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    public static void main(String[] args) {
        long n = Long.parseLong(args[0]);
        long t0 = System.currentTimeMillis();
        long r = fib(n);
        System.err.println("ms " + (System.currentTimeMillis() - t0));
        System.out.println(r);
    }
}
