fn main() {
    let y = undefined_thing + 1;
    println(y);
}
