import sys, time
sys.setrecursionlimit(10000)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

n = int(sys.argv[1])
t0 = time.time()
r = fib(n)
print("ms", int((time.time() - t0) * 1000), file=sys.stderr)
print(r)
