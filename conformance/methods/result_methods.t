fn main() {
    let ok: Result<Int, Str> = Ok(2);
    let err: Result<Int, Str> = Err("bad");
    println(ok.unwrap());
    println(ok.expect("fine"));
    println(ok.unwrap_or(0));
    println(err.unwrap_or(0));
    println(ok.is_ok());
    println(ok.is_err());
    println(err.is_ok());
    println(err.is_err());
    println(ok.map(|x| x + 1));
    println(err.map(|x| x + 1));
    println(ok.map_err(|e| e.len()));
    println(err.map_err(|e| e.len()));
    println(err.map_err(|e| e + "!"));
}
