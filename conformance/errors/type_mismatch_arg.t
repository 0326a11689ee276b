fn double(x: Int) -> Int { x * 2 }
fn main() {
    println(double(1.5));
}
