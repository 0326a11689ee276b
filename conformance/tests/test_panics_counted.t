//! mode: test
//! stdout: lines
// a panic inside a test fails that test only; the others still run
test fn first() { panic("first fails"); }
test fn second() { let v: Vec<Int> = []; println(v[0]); }
test fn third() { assert_eq(2 + 2, 4); }
