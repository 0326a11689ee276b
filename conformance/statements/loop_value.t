fn main() {
    let mut i = 0;
    let r = loop {
        i += 1;
        if i == 5 { break i * 100; }
    };
    println(r);
    let mut n = 0;
    loop {
        n += 1;
        if n >= 3 { break; }
    }
    println(n);
    let found = loop {
        let mut j = 0;
        while j < 10 {
            if j == 7 { break; }
            j += 1;
        }
        break j;
    };
    println(found);
}
