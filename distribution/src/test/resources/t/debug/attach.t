fn work(i: Int) -> Int {
    let doubled = i * 2;
    doubled + 1
}

fn main() {
    let mut sum = 0;
    for k in 0..200000 { sum = (sum + work(k)) % 1000003; }
    let mut i = 0;
    while i < 300 {
        sum = (sum + work(i)) % 1000003;
        i = i + 1;
        sleep(10);
    }
    println("sum {sum}");
}
