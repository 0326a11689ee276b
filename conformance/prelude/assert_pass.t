fn main() {
    assert(true);
    assert(1 + 1 == 2, "math works");
    assert_eq(2 * 2, 4);
    assert_eq("a" + "b", "ab");
    assert_eq([1, 2], [1, 2]);
    assert_eq(Some(1), Some(1));
    println("all passed");
}
