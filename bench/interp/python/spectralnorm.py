import sys, time, math

def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def times(v, out, transpose):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += (a(j, i) if transpose else a(i, j)) * v[j]
        out[i] = s

def times_transposed(v, out, tmp):
    times(v, tmp, False)
    times(tmp, out, True)

def spectral_norm(n):
    u, v, tmp = [1.0] * n, [0.0] * n, [0.0] * n
    for _ in range(10):
        times_transposed(u, v, tmp)
        times_transposed(v, u, tmp)
    vbv = sum(u[i] * v[i] for i in range(n))
    vv = sum(v[i] * v[i] for i in range(n))
    return math.sqrt(vbv / vv)

# args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
n = int(sys.argv[1])
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
for rep in range(reps):
    t0 = time.time()
    norm = spectral_norm(n)
    print("ms", int((time.time() - t0) * 1000), file=sys.stderr)
    if rep == 0:
        print("%.9f" % norm)
