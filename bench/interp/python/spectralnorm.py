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

n = int(sys.argv[1])
t0 = time.time()
u, v, tmp = [1.0] * n, [0.0] * n, [0.0] * n
for _ in range(10):
    times_transposed(u, v, tmp)
    times_transposed(v, u, tmp)
vbv = sum(u[i] * v[i] for i in range(n))
vv = sum(v[i] * v[i] for i in range(n))
print("%.9f" % math.sqrt(vbv / vv))
print("ms", int((time.time() - t0) * 1000), file=sys.stderr)
