// test fns are ignored by a normal run
test fn never_runs() { panic("not in a normal run"); }
fn main() { println("normal run"); }
