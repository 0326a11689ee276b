# The twin of particles.t: the same classes and methods, a new Vec2 for every intermediate value.
import sys, time

class Vec2:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
    def add(self, o): return Vec2(self.x + o.x, self.y + o.y)
    def scale(self, k): return Vec2(self.x * k, self.y * k)
    def dot(self, o): return self.x * o.x + self.y * o.y

class Particle:
    __slots__ = ("pos", "vel", "mass")
    def __init__(self, pos, vel, mass): self.pos = pos; self.vel = vel; self.mass = mass
    def step(self, dt, gravity):
        self.vel = self.vel.add(gravity.scale(dt))
        self.pos = self.pos.add(self.vel.scale(dt))
    def bounce(self, size):
        p, v = self.pos, self.vel
        if p.x < 0.0: p.x = -p.x; v.x = -v.x
        if p.x > size: p.x = 2.0 * size - p.x; v.x = -v.x
        if p.y < 0.0: p.y = -p.y; v.y = -v.y
        if p.y > size: p.y = 2.0 * size - p.y; v.y = -v.y
    def energy(self): return 0.5 * self.mass * self.vel.dot(self.vel)

def run(steps):
    ps = []
    for i in range(1000):
        f = float(i)
        ps.append(Particle(Vec2(f % 100.0, (f * 7.0) % 100.0), Vec2((f % 13.0) - 6.0, (f % 11.0) - 5.0), 1.0 + f % 3.0))
    gravity = Vec2(0.0, -9.81)
    for s in range(steps):
        for p in ps:
            p.step(0.001, gravity)
            p.bounce(100.0)
    e = 0.0
    for p in ps:
        e += p.energy()
    return "%.6f" % e

# args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
n = int(sys.argv[1])
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
for rep in range(reps):
    t0 = time.time()
    r = run(n)
    print("ms", int((time.time() - t0) * 1000), file=sys.stderr)
    if rep == 0:
        print(r)
