// pins: `==` on Vec, Option and Map compares contents (as in Rust)
fn main() {
    println(1 < 2);
    println(2 <= 2);
    println(3 > 4);
    println(4 >= 5);
    println(1 == 1);
    println(1 != 1);
    println(1.5 < 2.5);
    println(true == true);
    println([1, 2] == [1, 2]);
    println([1, 2] == [2, 1]);
    println(Some(1) == Some(1));
    println(None == Some(1));
    println(["a": 1] == ["a": 1]);
}
