//! mode: test
// the test fns of every loaded module run: modules by name, tests in source order
import lib;
test fn uses_lib() { assert_eq(lib.square(2), 4); }
test fn second() { assert(true); }
fn main() {}
