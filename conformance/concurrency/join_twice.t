// pins: joining a finished task again returns its value again
fn main() {
    let t = spawn(|| 5);
    println(t.join());
    println(t.join());
}
