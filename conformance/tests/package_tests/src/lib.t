pub fn square(x: Int) -> Int { x * x }
test fn squares() { assert_eq(square(3), 9); }
