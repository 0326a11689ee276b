fn main() {
    let n = 3;
    let name = match n { 1 => "one", 2 => "two", _ => "many" };
    println(name);
    let doubled = match n { x => x * 2 } + 1;
    println(doubled);
    let block = match n {
        3 => {
            let t = n * n;
            t + 1
        },
        _ => 0,
    };
    println(block);
}
