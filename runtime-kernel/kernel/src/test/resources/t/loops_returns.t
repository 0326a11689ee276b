fn f(v: Vec<Int>) { for x in v { if x == 2 { println("two"); return; } let r = loop { break 5; }; } }
fn g() -> Int { let mut i = 0; loop { i += 1; if i == 3 { return i * 10; } } }
fn h() -> Int { let mut i = 0; while true { i += 1; if i == 4 { return i; } } 0 }
fn u() { let mut i = 0; while i < 3 { i += 1; let q = loop { break 7; }; } }
fn main() { f([1, 2, 3]); println(g()); println(h()); println(u()); let k = loop { break 9; }; println(k); }
