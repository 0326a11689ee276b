// A struct-heavy simulation: particles with methods (move, bounce off the walls of a box, energy)
// stepped through time; the Vec<Particle> and Vec2 values are allocated and read through methods.
struct Vec2 { x: Float, y: Float }

impl Vec2 {
    fn add(self, o: Vec2) -> Vec2 { Vec2 { x: self.x + o.x, y: self.y + o.y } }
    fn scale(self, k: Float) -> Vec2 { Vec2 { x: self.x * k, y: self.y * k } }
    fn dot(self, o: Vec2) -> Float { self.x * o.x + self.y * o.y }
}

struct Particle { pos: Vec2, vel: Vec2, mass: Float }

impl Particle {
    fn step(self, dt: Float, gravity: Vec2) {
        self.vel = self.vel.add(gravity.scale(dt));
        self.pos = self.pos.add(self.vel.scale(dt));
    }

    fn bounce(self, size: Float) {
        if self.pos.x < 0.0 { self.pos.x = -self.pos.x; self.vel.x = -self.vel.x; }
        if self.pos.x > size { self.pos.x = 2.0 * size - self.pos.x; self.vel.x = -self.vel.x; }
        if self.pos.y < 0.0 { self.pos.y = -self.pos.y; self.vel.y = -self.vel.y; }
        if self.pos.y > size { self.pos.y = 2.0 * size - self.pos.y; self.vel.y = -self.vel.y; }
    }

    fn energy(self) -> Float { 0.5 * self.mass * self.vel.dot(self.vel) }
}

fn particles(n: Int) -> Vec<Particle> {
    let v = Vec::new();
    for i in 0..n {
        let f = i as Float;
        v.push(Particle { pos: Vec2 { x: f % 100.0, y: (f * 7.0) % 100.0 },
                          vel: Vec2 { x: (f % 13.0) - 6.0, y: (f % 11.0) - 5.0 }, mass: 1.0 + f % 3.0 });
    }
    v
}

fn simulate(steps: Int) -> Str {
    let ps = particles(1000);
    let gravity = Vec2 { x: 0.0, y: -9.81 };
    for s in 0..steps {
        for p in ps {
            p.step(0.001, gravity);
            p.bounce(100.0);
        }
    }
    let mut e = 0.0;
    for p in ps { e += p.energy(); }
    e.fixed(6)
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let reps = if args.len() > 1 { args[1].parse_int().unwrap() } else { 1 };
    for rep in 0..reps {
        let t0 = now_ms();
        let r = simulate(n);
        eprintln("ms {now_ms() - t0}");
        if rep == 0 { println(r); }
    }
}
