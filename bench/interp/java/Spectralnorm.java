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

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        long t0 = System.currentTimeMillis();
        double[] u = new double[n], v = new double[n], tmp = new double[n];
        java.util.Arrays.fill(u, 1.0);
        for (int k = 0; k < 10; k++) { timesTransposed(u, v, tmp); timesTransposed(v, u, tmp); }
        double vbv = 0, vv = 0;
        for (int i = 0; i < n; i++) { vbv += u[i] * v[i]; vv += v[i] * v[i]; }
        System.out.printf("%.9f%n", Math.sqrt(vbv / vv));
        System.err.println("ms " + (System.currentTimeMillis() - t0));
    }
}
