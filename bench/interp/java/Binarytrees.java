import java.util.ArrayList;
import java.util.List;

public class Binarytrees {
    record Node(Node left, Node right) {}

    static Node make(int depth) { return depth == 0 ? new Node(null, null) : new Node(make(depth - 1), make(depth - 1)); }

    static long check(Node n) { return n.left == null ? 1 : 1 + check(n.left) + (n.right == null ? 0 : check(n.right)); }

    /** The report of one run, one line per depth. */
    static List<String> trees(int n) {
        List<String> lines = new ArrayList<>();
        int minDepth = 4, maxDepth = Math.max(minDepth + 2, n), stretch = maxDepth + 1;
        lines.add("stretch tree of depth " + stretch + "\t check: " + check(make(stretch)));
        Node longLived = make(maxDepth);
        for (int depth = minDepth; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + minDepth);
            long sum = 0;
            for (int i = 0; i < iterations; i++) sum += check(make(depth));
            lines.add(iterations + "\t trees of depth " + depth + "\t check: " + sum);
        }
        lines.add("long lived tree of depth " + maxDepth + "\t check: " + check(longLived));
        return lines;
    }

    // args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int rep = 0; rep < reps; rep++) {
            long t0 = System.currentTimeMillis();
            List<String> lines = trees(n);
            System.err.println("ms " + (System.currentTimeMillis() - t0));
            if (rep == 0) System.out.println(String.join("\n", lines));
        }
    }
}
