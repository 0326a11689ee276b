fn describe(o: Option<Int>) -> Str {
    match o { Some(0) => "zero", Some(n) => "some {n}", None => "none" }
}
fn outcome(r: Result<Int, Str>) -> Str {
    match r { Ok(v) => "ok {v}", Err("fatal") => "FATAL", Err(e) => "err {e}" }
}
fn main() {
    println(describe(Some(0)));
    println(describe(Some(4)));
    println(describe(None));
    println(outcome(Ok(1)));
    println(outcome(Err("fatal")));
    println(outcome(Err("minor")));
    let nested: Option<Result<Int, Str>> = Some(Err("x"));
    match nested {
        Some(Ok(v)) => println(v),
        Some(Err(e)) => println("inner err {e}"),
        None => println("none"),
    }
}
