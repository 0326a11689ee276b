// CPU-heavy on purpose: calls, loops, Float and Int arithmetic, structs, enums, match, Vec, strings.
struct Body { x: Float, v: Float, steps: Int, moving: Bool }
struct Tagged<T> { tag: T, weight: Float }
enum Shape { Circle(Float), Rect(Float, Float) }

fn fib(n: Int) -> Int { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }

fn area(s: Shape) -> Float {
    match s { Shape::Circle(r) => 3.0 * r * r, Shape::Rect(w, h) => w * h }
}

fn collatz(n: Int) -> Int {
    let mut c = 0;
    let mut x = n;
    while x != 1 {
        if x % 2 == 0 { x = x / 2; } else { x = 3 * x + 1; }
        c += 1;
    }
    c
}

fn simulate(steps: Int) -> Float {
    let mut b = Body { x: 1.0, v: 0.0, steps: 0, moving: false };
    let dt = 0.001;
    for i in 0..steps {
        b.v = b.v - b.x * dt;
        b.x = b.x + b.v * dt;
        b.steps += 1;
        b.moving = b.v != 0.0;
    }
    if b.moving && b.steps == steps { b.x } else { 0.0 }
}

fn tagged(n: Int) -> Int {
    let t = Tagged { tag: n, weight: 0.5 };
    t.tag = t.tag * 2;
    t.tag
}

fn sieve(n: Int) -> Int {
    let mut flags = Vec::with(n + 1, true);
    let mut count = 0;
    for i in 2..=n {
        if flags[i] {
            count += 1;
            let mut j = i * i;
            while j <= n { flags[j] = false; j += i; }
        }
    }
    count
}

fn main(args: Vec<Str>) {
    let rounds = args[0].parse_int().unwrap();
    let mut round = 0;
    while round < rounds {
        let mut best = 0;
        let mut arg = 0;
        for i in 1..50000 {
            let c = collatz(i);
            if c > best { best = c; arg = i; }
        }
        let mut total = 0.0;
        for k in 0..2000 {
            let s = if k % 2 == 0 { Shape::Circle(k as Float) } else { Shape::Rect(k as Float, 2.0) };
            total += area(s);
        }
        println("round {round}: fib {fib(20)} collatz {arg}/{best} primes {sieve(30000)} shapes {total} x {simulate(20000)} tagged {tagged(21)}");
        round += 1;
    }
}
