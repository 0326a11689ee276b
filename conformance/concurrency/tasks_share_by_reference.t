// a task's closure captures by reference like any closure: the result is visible after join
struct Box { v: Vec<Int> }
fn main() {
    let b = Box { v: [] };
    let t = spawn(|| { b.v.push(1); b.v.push(2); });
    t.join();
    println(b.v);
}
