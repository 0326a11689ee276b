// pins: a closure frame is named MODULE.<closure>
fn run(f: fn() -> Int) -> Int { f() }
fn main() {
    let boom = || { panic("in closure"); 1 };
    println(run(boom));
}
