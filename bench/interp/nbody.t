// The n-body simulation of the Computer Language Benchmarks Game.
struct Body { x: Float, y: Float, z: Float, vx: Float, vy: Float, vz: Float, mass: Float }

const PI: Float = 3.141592653589793;
const SOLAR_MASS: Float = 4.0 * PI * PI;
const DAYS_PER_YEAR: Float = 365.24;

fn body(x: Float, y: Float, z: Float, vx: Float, vy: Float, vz: Float, mass: Float) -> Body {
    Body { x: x, y: y, z: z, vx: vx * DAYS_PER_YEAR, vy: vy * DAYS_PER_YEAR, vz: vz * DAYS_PER_YEAR, mass: mass * SOLAR_MASS }
}

fn system() -> Vec<Body> {
    let bodies = [
        body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04),
        body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04),
        body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05),
        body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05),
    ];
    let mut px = 0.0;
    let mut py = 0.0;
    let mut pz = 0.0;
    for b in bodies {
        px += b.vx * b.mass;
        py += b.vy * b.mass;
        pz += b.vz * b.mass;
    }
    let sun = bodies[0];
    sun.vx = -px / SOLAR_MASS;
    sun.vy = -py / SOLAR_MASS;
    sun.vz = -pz / SOLAR_MASS;
    bodies
}

fn advance(bodies: Vec<Body>, dt: Float) {
    let n = bodies.len();
    let mut i = 0;
    while i < n {
        let a = bodies[i];
        let mut j = i + 1;
        while j < n {
            let b = bodies[j];
            let dx = a.x - b.x;
            let dy = a.y - b.y;
            let dz = a.z - b.z;
            let d2 = dx * dx + dy * dy + dz * dz;
            let mag = dt / (d2 * d2.sqrt());
            a.vx -= dx * b.mass * mag;
            a.vy -= dy * b.mass * mag;
            a.vz -= dz * b.mass * mag;
            b.vx += dx * a.mass * mag;
            b.vy += dy * a.mass * mag;
            b.vz += dz * a.mass * mag;
            j += 1;
        }
        i += 1;
    }
    for b in bodies {
        b.x += dt * b.vx;
        b.y += dt * b.vy;
        b.z += dt * b.vz;
    }
}

fn energy(bodies: Vec<Body>) -> Float {
    let mut e = 0.0;
    let n = bodies.len();
    let mut i = 0;
    while i < n {
        let a = bodies[i];
        e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
        let mut j = i + 1;
        while j < n {
            let b = bodies[j];
            let dx = a.x - b.x;
            let dy = a.y - b.y;
            let dz = a.z - b.z;
            e -= a.mass * b.mass / (dx * dx + dy * dy + dz * dz).sqrt();
            j += 1;
        }
        i += 1;
    }
    e
}

// The energy before and after `steps` steps, one a line.
fn simulate(steps: Int) -> Str {
    let bodies = system();
    let before = energy(bodies).fixed(9);
    let mut s = 0;
    while s < steps {
        advance(bodies, 0.01);
        s += 1;
    }
    before + "\n" + energy(bodies).fixed(9)
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
fn main(args: Vec<Str>) {
    let steps = args[0].parse_int().unwrap();
    let reps = if args.len() > 1 { args[1].parse_int().unwrap() } else { 1 };
    for rep in 0..reps {
        let t0 = now_ms();
        let energies = simulate(steps);
        eprintln("ms {now_ms() - t0}");
        if rep == 0 { println(energies); }
    }
}
