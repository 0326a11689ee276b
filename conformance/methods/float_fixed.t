fn main() {
    println((0.5).fixed(3));
    println((2.0 / 3.0).fixed(2));
    println((1234.5678).fixed(2));
    println((-1.5).fixed(1));
    println((3.0).fixed(0));
    println((0.125).fixed(5));
    println((10.0).fixed(1) + "x");
}
