import java.util.ArrayList;
import java.util.List;

/** The twin of particles.t: the same classes and methods, a new Vec2 for every intermediate value. */
public class Particles {
    static final class Vec2 {
        double x, y;
        Vec2(double x, double y) { this.x = x; this.y = y; }
        Vec2 add(Vec2 o) { return new Vec2(x + o.x, y + o.y); }
        Vec2 scale(double k) { return new Vec2(x * k, y * k); }
        double dot(Vec2 o) { return x * o.x + y * o.y; }
    }

    static final class Particle {
        Vec2 pos, vel;
        double mass;
        Particle(Vec2 pos, Vec2 vel, double mass) { this.pos = pos; this.vel = vel; this.mass = mass; }

        void step(double dt, Vec2 gravity) {
            vel = vel.add(gravity.scale(dt));
            pos = pos.add(vel.scale(dt));
        }

        void bounce(double size) {
            if (pos.x < 0.0) { pos.x = -pos.x; vel.x = -vel.x; }
            if (pos.x > size) { pos.x = 2.0 * size - pos.x; vel.x = -vel.x; }
            if (pos.y < 0.0) { pos.y = -pos.y; vel.y = -vel.y; }
            if (pos.y > size) { pos.y = 2.0 * size - pos.y; vel.y = -vel.y; }
        }

        double energy() { return 0.5 * mass * vel.dot(vel); }
    }

    static List<Particle> particles(int n) {
        List<Particle> v = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double f = i;
            v.add(new Particle(new Vec2(f % 100.0, (f * 7.0) % 100.0), new Vec2((f % 13.0) - 6.0, (f % 11.0) - 5.0), 1.0 + f % 3.0));
        }
        return v;
    }

    static String simulate(int steps) {
        List<Particle> ps = particles(1000);
        Vec2 gravity = new Vec2(0.0, -9.81);
        for (int s = 0; s < steps; s++) {
            for (Particle p : ps) {
                p.step(0.001, gravity);
                p.bounce(100.0);
            }
        }
        double e = 0.0;
        for (Particle p : ps) e += p.energy();
        return String.format("%.6f", e);
    }

    // args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int rep = 0; rep < reps; rep++) {
            long t0 = System.currentTimeMillis();
            String r = simulate(n);
            System.err.println("ms " + (System.currentTimeMillis() - t0));
            if (rep == 0) System.out.println(r);
        }
    }
}
