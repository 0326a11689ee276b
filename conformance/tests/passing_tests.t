//! mode: test
// pins: `tlang test` prints `test MODULE.NAME ... ok` per test (cargo style), in source order, then the summary
fn add(a: Int, b: Int) -> Int { a + b }
test fn adds_up() { assert_eq(add(1, 1), 2); }
test fn strings_concat() { assert_eq("a" + "b", "ab"); }
fn main() { println("main does not run in test mode"); }
