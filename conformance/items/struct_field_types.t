// pins: fields of every type keep their values through construction, assignment, compound
// assignment and calls (structs are references), in plain and generic structs alike.
struct Mixed { n: Int, x: Float, ok: Bool, s: Str, u: (), v: Vec<Int>, t: (Int, Float) }
struct Cell<T> { value: T, count: Int }
struct Empty {}

fn bump(m: Mixed) {
    m.n += 1;
    m.x *= 2.0;
    m.ok = !m.ok;
    m.s = m.s + "!";
    m.v.push(m.n);
}

fn put<T>(c: Cell<T>, v: T) -> Cell<T> {
    c.value = v;
    c.count += 1;
    c
}

fn main() {
    let m = Mixed { n: 9223372036854775806, x: -0.0, ok: false, s: "s", u: (), v: [], t: (1, 0.5) };
    bump(m);
    println(m);
    println(m.n == 9223372036854775807 && m.ok);
    let x = m.x;
    println(x);
    println(m.u);
    let ints = Cell { value: 1, count: 0 };
    let floats = Cell { value: 1.5, count: 0 };
    let bools = Cell { value: false, count: 0 };
    put(ints, ints.value + 41);
    put(floats, floats.value / 3.0);
    println(put(bools, !bools.value).value);
    println(ints);
    println(floats);
    println(ints.value * 2 + floats.count);
    println(Empty {} == Empty {});
    println(Cell { value: 2.0, count: 1 } == Cell { value: 2.0, count: 1 });
    println(Cell { value: 2.0, count: 1 } == Cell { value: 2.5, count: 1 });
    let acc = Cell { value: 0.0, count: 0 };
    for i in 0..1000 {
        acc.value += i as Float;
        acc.count += 1;
    }
    println("{acc.value} {acc.count}");
}
