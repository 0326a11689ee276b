// a `for` range's bounds are evaluated once, before the first iteration
fn main() {
    let mut n = 3;
    let mut count = 0;
    for i in 0..n {
        n += 1;
        count += 1;
    }
    println(count);
    println(n);
}
