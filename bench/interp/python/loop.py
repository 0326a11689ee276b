import sys, time

n = int(sys.argv[1])
t0 = time.time()
s = 0
i = 0
while i < n:
    if i % 3 == 0:
        s += i ^ (i >> 3)
    else:
        s -= i & 1023
    i += 1
print("ms", int((time.time() - t0) * 1000), file=sys.stderr)
print(s)
