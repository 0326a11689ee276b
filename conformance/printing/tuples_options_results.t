fn main() {
    println((1, "x"));
    println((1, (2.0, true), "z"));
    println(Some(3));
    let n: Option<Int> = None;
    println(n);
    let ok: Result<Int, Str> = Ok(1);
    println(ok);
    let err: Result<Int, Str> = Err("bad");
    println(err);
    println(Some(Some(1)));
    let a: Result<Option<Vec<Int>>, Str> = Ok(Some([1]));
    println(a);
}
