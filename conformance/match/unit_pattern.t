// pins: `()` is the pattern of the unit value, as in Rust's `Ok(()) =>`, and the match is exhaustive
fn check(ok: Bool) -> Result<(), Str> {
    if ok { Ok(()) } else { Err("no") }
}

fn main() {
    for b in [true, false] {
        match check(b) {
            Ok(()) => println("ok"),
            Err(e) => println("err {e}"),
        }
    }
    let () = ();
    match () {
        () => println("unit"),
    }
    let pairs: Vec<((), Int)> = [((), 1), ((), 2)];
    for p in pairs {
        let ((), n) = p;
        println(n);
    }
}
