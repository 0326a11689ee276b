//! mode: test
//! stdout: lines
test fn good() { assert(true); }
test fn bad() { assert_eq(1, 2); }
test fn also_good() { println("output of a test"); }
