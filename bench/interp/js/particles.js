// The twin of particles.t: the same classes and methods, a new Vec2 for every intermediate value.
class Vec2 {
    constructor(x, y) { this.x = x; this.y = y; }
    add(o) { return new Vec2(this.x + o.x, this.y + o.y); }
    scale(k) { return new Vec2(this.x * k, this.y * k); }
    dot(o) { return this.x * o.x + this.y * o.y; }
}

class Particle {
    constructor(pos, vel, mass) { this.pos = pos; this.vel = vel; this.mass = mass; }
    step(dt, gravity) {
        this.vel = this.vel.add(gravity.scale(dt));
        this.pos = this.pos.add(this.vel.scale(dt));
    }
    bounce(size) {
        const p = this.pos, v = this.vel;
        if (p.x < 0.0) { p.x = -p.x; v.x = -v.x; }
        if (p.x > size) { p.x = 2.0 * size - p.x; v.x = -v.x; }
        if (p.y < 0.0) { p.y = -p.y; v.y = -v.y; }
        if (p.y > size) { p.y = 2.0 * size - p.y; v.y = -v.y; }
    }
    energy() { return 0.5 * this.mass * this.vel.dot(this.vel); }
}

function run(steps) {
    const ps = [];
    for (let i = 0; i < 1000; i++) {
        ps.push(new Particle(new Vec2(i % 100.0, (i * 7.0) % 100.0), new Vec2((i % 13.0) - 6.0, (i % 11.0) - 5.0), 1.0 + i % 3.0));
    }
    const gravity = new Vec2(0.0, -9.81);
    for (let s = 0; s < steps; s++) {
        for (const p of ps) { p.step(0.001, gravity); p.bounce(100.0); }
    }
    let e = 0.0;
    for (const p of ps) e += p.energy();
    return e.toFixed(6);
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
const n = Number(process.argv[2]);
const reps = process.argv.length > 3 ? Number(process.argv[3]) : 1;
for (let rep = 0; rep < reps; rep++) {
    const t0 = Date.now();
    const r = run(n);
    console.error("ms " + (Date.now() - t0));
    if (rep === 0) console.log(String(r));
}
