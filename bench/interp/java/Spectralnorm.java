public class Spectralnorm {
    static double a(long i, long j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

    static void times(double[] v, double[] out, boolean transpose) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += (transpose ? a(j, i) : a(i, j)) * v[j];
            out[i] = sum;
        }
    }

    static void timesTransposed(double[] v, double[] out, double[] tmp) { times(v, tmp, false); times(tmp, out, true); }

    static double spectralNorm(int n) {
        double[] u = new double[n], v = new double[n], tmp = new double[n];
        java.util.Arrays.fill(u, 1.0);
        for (int k = 0; k < 10; k++) { timesTransposed(u, v, tmp); timesTransposed(v, u, tmp); }
        double vbv = 0, vv = 0;
        for (int i = 0; i < n; i++) { vbv += u[i] * v[i]; vv += v[i] * v[i]; }
        return Math.sqrt(vbv / vv);
    }

    // args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int rep = 0; rep < reps; rep++) {
            long t0 = System.currentTimeMillis();
            double norm = spectralNorm(n);
            System.err.println("ms " + (System.currentTimeMillis() - t0));
            if (rep == 0) System.out.printf("%.9f%n", norm);
        }
    }
}
