// pins: an index past 2^32 is out of bounds, never cut to 32 bits (4294967296 read as 0)
fn main() {
    let v = [10, 20];
    println(v.get(4294967296));
    let b = "ab".bytes();
    println(b.get(4294967296));
    println(v[4294967296]);
}
