public class Loop {
    public static void main(String[] args) {
        long n = Long.parseLong(args[0]);
        long t0 = System.currentTimeMillis();
        long sum = 0;
        for (long i = 0; i < n; i++) {
            if (i % 3 == 0) sum = Math.addExact(sum, i ^ (i >> 3)); else sum = Math.subtractExact(sum, i & 1023);
        }
        System.err.println("ms " + (System.currentTimeMillis() - t0));
        System.out.println(sum);
    }
}
