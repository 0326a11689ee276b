// Loop counters stepping up to the largest Int and down to the smallest: no overflow, no panic.
fn main() {
    let max = 9223372036854775807;
    let min = -max - 1;
    let mut i = max - 3;
    let mut steps = 0;
    while i < max {
        steps += 1;
        i += 1;
    }
    println("{i} {steps}");
    let mut j = min + 3;
    while j > min {
        steps += 1;
        j -= 1;
    }
    println("{j} {steps}");
    let mut n = 0;
    for k in max - 2..max { n += k - (max - 3); }
    for k in max - 2..=max { n += k - (max - 3); }
    println(n);
    let mut w = 0;
    let mut s = 0;
    while w < 10 {
        if w % 2 == 0 { w += 1; continue; }
        s += w;
        w += 1;
    }
    println(s);
}
