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

n = int(sys.argv[1])
t0 = time.time()
min_depth = 4
max_depth = max(min_depth + 2, n)
stretch = max_depth + 1
print("stretch tree of depth %d\t check: %d" % (stretch, check(make(stretch))))
long_lived = make(max_depth)
for depth in range(min_depth, max_depth + 1, 2):
    iterations = 1 << (max_depth - depth + min_depth)
    s = 0
    for _ in range(iterations):
        s += check(make(depth))
    print("%d\t trees of depth %d\t check: %d" % (iterations, depth, s))
print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))
print("ms", int((time.time() - t0) * 1000), file=sys.stderr)
