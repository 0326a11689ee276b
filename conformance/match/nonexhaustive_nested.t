fn main() {
    let r: Result<Option<Int>, Str> = Ok(None);
    match r {
        Ok(Some(n)) => println(n),
        Err(e) => println(e),
    }
}
