// a binding pattern introduces a new variable for its arm only
fn main() {
    let x = 5;
    match 3 {
        x => println(x),
    }
    println(x);
    let o = Some(10);
    let v = match o { Some(x) => x + 1, None => x };
    println(v);
}
