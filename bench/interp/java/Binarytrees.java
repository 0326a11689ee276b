public class Binarytrees {
    record Node(Node left, Node right) {}

    static Node make(int depth) { return depth == 0 ? new Node(null, null) : new Node(make(depth - 1), make(depth - 1)); }

    static long check(Node n) { return n.left == null ? 1 : 1 + check(n.left) + (n.right == null ? 0 : check(n.right)); }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        long t0 = System.currentTimeMillis();
        int minDepth = 4, maxDepth = Math.max(minDepth + 2, n), stretch = maxDepth + 1;
        System.out.println("stretch tree of depth " + stretch + "\t check: " + check(make(stretch)));
        Node longLived = make(maxDepth);
        for (int depth = minDepth; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + minDepth);
            long sum = 0;
            for (int i = 0; i < iterations; i++) sum += check(make(depth));
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + sum);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + check(longLived));
        System.err.println("ms " + (System.currentTimeMillis() - t0));
    }
}
