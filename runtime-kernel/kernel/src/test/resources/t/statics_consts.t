const A: Int = 6;
const B: Int = A * 7;
const NAME: Str = "t";
static START: Int = compute();
static mut log: Vec<Str> = [];
fn compute() -> Int { B + 1 }
fn record(s: Str) { log.push(s); }
fn main() {
    println(B);
    println(START);
    record("a");
    record(NAME);
    println(log);
    assert(B == 42);
    assert_eq(log.len(), 2);
    assert(1 > 2, "one is not more than two");
}
