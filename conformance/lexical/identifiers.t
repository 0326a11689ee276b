fn _helper() -> Int { 1 }
fn snake_case_2(a_1: Int) -> Int { a_1 + 1 }
fn main() {
    let _x = 5;
    let camelCase = 2;
    let UPPER = 3;
    let a1b2 = 4;
    let __ = 6;
    println(_x + camelCase + UPPER + a1b2 + __ + _helper() + snake_case_2(0));
}
