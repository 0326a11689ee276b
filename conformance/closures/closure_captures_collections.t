struct Acc { sum: Int }
fn main() {
    let seen = [];
    let record = |x: Int| seen.push(x);
    record(1);
    record(2);
    println(seen);
    let acc = Acc { sum: 0 };
    let bump = |n: Int| { acc.sum += n; };
    bump(3);
    bump(4);
    println(acc);
    let v = [3, 1, 2];
    let sum = v.fold(0, |a, x| a + x);
    let limit = 2;
    println(v.filter(|x| x >= limit));
    println(sum);
}
