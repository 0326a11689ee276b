static LIMIT: Int = 3;
fn main() {
    LIMIT = 4;
    println(LIMIT);
}
