fn main() {
    println(loop { break 5; });
    let mut i = 0;
    let x = 1 + loop { i += 1; if i == 3 { break i; } };
    println(x);
    let v = [if i > 2 { "big" } else { "small" }, match i { 3 => "three", _ => "?" }];
    println(v);
}
