public class Mandelbrot {
    static long mandelbrot(int n) {
        long sum = 0;
        for (int y = 0; y < n; y++) {
            double ci = 2.0 * y / n - 1.0;
            long bits = 0;
            int nbits = 0;
            for (int x = 0; x < n; x++) {
                double cr = 2.0 * x / n - 1.5;
                double zr = 0, zi = 0, tr = 0, ti = 0;
                int i = 0;
                while (i < 50 && tr + ti <= 4.0) {
                    zi = 2.0 * zr * zi + ci;
                    zr = tr - ti + cr;
                    tr = zr * zr;
                    ti = zi * zi;
                    i++;
                }
                bits <<= 1;
                if (tr + ti <= 4.0) bits |= 1;
                nbits++;
                if (nbits == 8 || x == n - 1) {
                    bits <<= (8 - nbits);
                    sum = Math.addExact(Math.multiplyExact(sum, 31), bits) % 1000000007;
                    bits = 0;
                    nbits = 0;
                }
            }
        }
        return sum;
    }

    // args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int rep = 0; rep < reps; rep++) {
            long t0 = System.currentTimeMillis();
            long sum = mandelbrot(n);
            System.err.println("ms " + (System.currentTimeMillis() - t0));
            if (rep == 0) System.out.println(n + " " + sum);
        }
    }
}
