import sys, time

def mandelbrot(n):
    """The n x n bitmap of the benchmarks game (50 iterations, escape past 4.0), 8 points a byte, as a checksum of the bytes."""
    s = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        bits = 0
        nbits = 0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = zi = tr = ti = 0.0
            i = 0
            while i < 50 and tr + ti <= 4.0:
                zi = 2.0 * zr * zi + ci
                zr = tr - ti + cr
                tr = zr * zr
                ti = zi * zi
                i += 1
            bits <<= 1
            if tr + ti <= 4.0:
                bits |= 1
            nbits += 1
            if nbits == 8 or x == n - 1:
                bits <<= 8 - nbits
                s = (s * 31 + bits) % 1000000007
                bits = 0
                nbits = 0
    return s

# args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
n = int(sys.argv[1])
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
for rep in range(reps):
    t0 = time.time()
    s = mandelbrot(n)
    print("ms", int((time.time() - t0) * 1000), file=sys.stderr)
    if rep == 0:
        print(n, s)
