fn square(n: Int) -> Int {
    let sq = n * n;
    sq
}

fn main() {
    let name = "t";
    let mut total = 0;
    for i in 0..3 {
        total = total + square(i);
    }
    println("total {total} {name}");
}
