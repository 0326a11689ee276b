import sys, time

def sum_loop(n):
    s = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            s += i ^ (i >> 3)
        else:
            s -= i & 1023
        i += 1
    return s

# args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
n = int(sys.argv[1])
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
for rep in range(reps):
    t0 = time.time()
    s = sum_loop(n)
    print("ms", int((time.time() - t0) * 1000), file=sys.stderr)
    if rep == 0:
        print(s)
