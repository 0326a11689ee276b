# The twin of jsontrip.t, with the json module.
import sys, time, json

def items(n, rnd):
    v = []
    for i in range(n):
        k = i + rnd
        v.append({"id": k, "name": "item-%d" % k, "tags": ["t%d" % (k % 7), "g%d" % (k % 3)], "score": k * 31 % 1000, "active": k % 2 == 0})
    return v

def round_trip(n, rnd):
    text = json.dumps(items(n, rnd), separators=(",", ":"))
    doc = json.loads(text)
    s = len(text)
    for r in doc:
        s += r["id"] + r["score"] + len(r["name"]) + len(r["tags"])
        if r["active"] is True:
            s += 1
    return s

def run(rounds):
    return sum(round_trip(1000, rnd) for rnd in range(rounds))

# args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
n = int(sys.argv[1])
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
for rep in range(reps):
    t0 = time.time()
    r = run(n)
    print("ms", int((time.time() - t0) * 1000), file=sys.stderr)
    if rep == 0:
        print(r)
