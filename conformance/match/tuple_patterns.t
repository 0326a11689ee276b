fn fizz(n: Int) -> Str {
    match (n % 3, n % 5) {
        (0, 0) => "FizzBuzz",
        (0, _) => "Fizz",
        (_, 0) => "Buzz",
        _ => n.to_str(),
    }
}
fn main() {
    for i in 1..=15 { print(fizz(i)); print(" "); }
    println("");
    let p = (1, ("x", true));
    match p {
        (1, (s, false)) => println("a {s}"),
        (1, (s, true)) => println("b {s}"),
        _ => println("c"),
    }
}
