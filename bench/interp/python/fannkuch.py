import sys, time

def fannkuch(n):
    perm, perm1, count = [0] * n, list(range(n)), [0] * n
    max_flips = checksum = perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm[:] = perm1
        flips = 0
        first = perm[0]
        while first != 0:
            lo, hi = 0, first
            while lo < hi:
                perm[lo], perm[hi] = perm[hi], perm[lo]
                lo += 1
                hi -= 1
            flips += 1
            first = perm[0]
        max_flips = max(max_flips, flips)
        checksum += flips if perm_count % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1[0]
            for j in range(r):
                perm1[j] = perm1[j + 1]
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1

# args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
n = int(sys.argv[1])
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
for rep in range(reps):
    t0 = time.time()
    checksum, flips = fannkuch(n)
    print("ms", int((time.time() - t0) * 1000), file=sys.stderr)
    if rep == 0:
        print(checksum)
        print("Pfannkuchen(%d) = %d" % (n, flips))
