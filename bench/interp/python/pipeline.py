# The twin of pipeline.t, with map, filter and functools.reduce over lists.
import sys, time
from functools import reduce

def run(rounds):
    xs = list(range(10000))
    total = 0
    for rnd in range(rounds):
        k = rnd % 17
        m = 3 + rnd % 5
        ys = list(map(lambda y: y // 2, filter(lambda y: y % 3 != 0, map(lambda x: x * m + k, xs))))
        total += reduce(lambda acc, y: acc + y % 1000, ys, 0) + len(ys)
        if any(map(lambda y: y == k, ys)):
            total += 1
    return total

# args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
n = int(sys.argv[1])
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
for rep in range(reps):
    t0 = time.time()
    r = run(n)
    print("ms", int((time.time() - t0) * 1000), file=sys.stderr)
    if rep == 0:
        print(r)
