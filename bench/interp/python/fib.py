import sys, time
sys.setrecursionlimit(10000)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

# args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
n = int(sys.argv[1])
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
for rep in range(reps):
    t0 = time.time()
    r = fib(n)
    print("ms", int((time.time() - t0) * 1000), file=sys.stderr)
    if rep == 0:
        print(r)
