// pins: an empty Str repeats any number of times (Rust's "".repeat(usize::MAX) is ""), also past 2^31
fn main() {
    let e = "";
    println("[{e.repeat(2147483648)}]");
    println("[{e.repeat(9223372036854775807)}]");
}
