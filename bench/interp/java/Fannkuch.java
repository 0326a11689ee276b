public class Fannkuch {
    /** {checksum, maximum flips} */
    static int[] fannkuch(int n) {
        int[] perm = new int[n], perm1 = new int[n], count = new int[n];
        for (int i = 0; i < n; i++) perm1[i] = i;
        int maxFlips = 0, checksum = 0, permCount = 0, r = n;
        while (true) {
            while (r != 1) { count[r - 1] = r; r--; }
            System.arraycopy(perm1, 0, perm, 0, n);
            int flips = 0, first = perm[0];
            while (first != 0) {
                for (int lo = 0, hi = first; lo < hi; lo++, hi--) { int t = perm[lo]; perm[lo] = perm[hi]; perm[hi] = t; }
                flips++;
                first = perm[0];
            }
            maxFlips = Math.max(maxFlips, flips);
            checksum += permCount % 2 == 0 ? flips : -flips;
            while (true) {
                if (r == n) return new int[] {checksum, maxFlips};
                int perm0 = perm1[0];
                for (int j = 0; j < r; j++) perm1[j] = perm1[j + 1];
                perm1[r] = perm0;
                if (--count[r] > 0) break;
                r++;
            }
            permCount++;
        }
    }

    // args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int rep = 0; rep < reps; rep++) {
            long t0 = System.currentTimeMillis();
            int[] result = fannkuch(n);
            System.err.println("ms " + (System.currentTimeMillis() - t0));
            if (rep == 0) {
                System.out.println(result[0]);
                System.out.println("Pfannkuchen(" + n + ") = " + result[1]);
            }
        }
    }
}
