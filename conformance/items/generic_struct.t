struct Stack<T> { items: Vec<T> }
impl<T> Stack<T> {
    fn new() -> Stack<T> { Stack { items: Vec::new() } }
    fn push(self, x: T) { self.items.push(x); }
    fn pop(self) -> Option<T> { self.items.pop() }
    fn size(self) -> Int { self.items.len() }
}
struct Pair<A, B> { a: A, b: B }
fn main() {
    let s = Stack::new();
    s.push(1);
    s.push(2);
    println(s.size());
    println(s.pop());
    println(s);
    let names: Stack<Str> = Stack::new();
    names.push("n");
    println(names.pop());
    println(names.pop());
    let p = Pair { a: 1, b: "b" };
    println(p);
}
