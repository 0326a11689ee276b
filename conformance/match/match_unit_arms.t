fn main() {
    let v = [1, 2, 3];
    for x in v {
        match x {
            2 => println("two"),
            _ => {},
        }
    }
    let mut count = 0;
    match v.len() {
        3 => { count += 3; },
        _ => { count -= 1; },
    }
    println(count);
}
