fn main() {
    let mut i = 0;
    let mut total = 0;
    while i < 10 {
        i += 1;
        if i % 2 == 0 { continue; }
        if i > 7 { break; }
        total += i;
    }
    println(total);
    println(i);
    while false { println("never"); }
    let mut outer = 0;
    let mut count = 0;
    while outer < 3 {
        let mut inner = 0;
        while inner < 3 {
            inner += 1;
            if inner == 2 { continue; }
            count += 1;
        }
        outer += 1;
    }
    println(count);
}
