import java.util.ArrayList;
import java.util.List;
import java.util.function.LongBinaryOperator;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;

/** The twin of pipeline.t: map, filter and fold written as a Java program would, with lambdas over lists. */
public class Pipeline {
    static List<Long> map(List<Long> v, LongUnaryOperator f) {
        List<Long> r = new ArrayList<>(v.size());
        for (long x : v) r.add(f.applyAsLong(x));
        return r;
    }

    static List<Long> filter(List<Long> v, LongPredicate p) {
        List<Long> r = new ArrayList<>();
        for (long x : v) if (p.test(x)) r.add(x);
        return r;
    }

    static long fold(List<Long> v, long init, LongBinaryOperator f) {
        long a = init;
        for (long x : v) a = f.applyAsLong(a, x);
        return a;
    }

    static boolean any(List<Long> v, LongPredicate p) {
        for (long x : v) if (p.test(x)) return true;
        return false;
    }

    static long run(int rounds) {
        List<Long> xs = new ArrayList<>();
        for (long i = 0; i < 10000; i++) xs.add(i);
        long total = 0;
        for (int round = 0; round < rounds; round++) {
            long k = round % 17;
            long m = 3 + round % 5;
            List<Long> ys = map(filter(map(xs, x -> x * m + k), y -> y % 3 != 0), y -> y / 2);
            total += fold(ys, 0, (acc, y) -> acc + y % 1000) + ys.size();
            if (any(ys, y -> y == k)) total += 1;
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
