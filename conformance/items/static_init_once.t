// a static's initialiser runs exactly once, when the module loads
static mut calls: Int = 0;
static VALUE: Int = init();
fn init() -> Int { calls += 1; 42 }
fn main() {
    println(VALUE + VALUE);
    println(calls);
}
