# The twin of strbuild.t: pieces appended to a list and joined.
import sys, time

def build(n, rnd):
    parts = []
    for i in range(n):
        k = i + rnd
        parts.append("row %d: %d,%d ok" % (k, k * 7 % 13, k % 100))
    return "\n".join(parts)

def run(rounds):
    return sum(len(build(10000, rnd)) for rnd in range(rounds))

# args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
n = int(sys.argv[1])
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
for rep in range(reps):
    t0 = time.time()
    r = run(n)
    print("ms", int((time.time() - t0) * 1000), file=sys.stderr)
    if rep == 0:
        print(r)
