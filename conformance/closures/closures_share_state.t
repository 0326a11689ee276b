// two closures capturing the same variable share it
fn main() {
    let mut total = 0;
    let add = |n: Int| { total += n; };
    let read = || total;
    add(5);
    add(6);
    println(read());
    total = 100;
    println(read());
}
