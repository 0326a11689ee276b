# The twin of wordcount.t, with a dict.
import sys, time

def text(words, seed):
    parts = []
    x = seed
    for i in range(words):
        x = (x * 1103515245 + 12345) % 2147483648
        parts.append("w%d" % (x // 65536 % 5000))
    return " ".join(parts)

def count(s):
    m = {}
    for w in s.split(" "):
        m[w] = m.get(w, 0) + 1
    return m

def run(rounds):
    total = 0
    for rnd in range(rounds):
        m = count(text(100000, rnd))
        total += len(m) + m["w42"] * 1000
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
