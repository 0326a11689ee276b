import sys, time
sys.setrecursionlimit(10000)

class Node:
    __slots__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right

def make(depth):
    return Node(None, None) if depth == 0 else Node(make(depth - 1), make(depth - 1))

def check(n):
    if n.left is None:
        return 1
    return 1 + check(n.left) + (check(n.right) if n.right is not None else 0)

def trees(n):
    """The report of one run, one line per depth."""
    lines = []
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch = max_depth + 1
    lines.append("stretch tree of depth %d\t check: %d" % (stretch, check(make(stretch))))
    long_lived = make(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        s = 0
        for _ in range(iterations):
            s += check(make(depth))
        lines.append("%d\t trees of depth %d\t check: %d" % (iterations, depth, s))
    lines.append("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))
    return lines

# args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
n = int(sys.argv[1])
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
for rep in range(reps):
    t0 = time.time()
    lines = trees(n)
    print("ms", int((time.time() - t0) * 1000), file=sys.stderr)
    if rep == 0:
        print("\n".join(lines))
