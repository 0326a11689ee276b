// Grows a Vec until memory runs out: the wasm tier's linear memory limit stops it.
fn main() {
    println("start");
    let mut v: Vec<Int> = Vec::new();
    let mut i = 0;
    while true {
        v.push(i);
        i += 1;
    }
}
