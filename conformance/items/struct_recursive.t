struct Node { value: Int, next: Option<Node> }
fn total(n: Option<Node>) -> Int {
    match n { None => 0, Some(node) => node.value + total(node.next) }
}
fn main() {
    let list = Node { value: 1, next: Some(Node { value: 2, next: Some(Node { value: 3, next: None }) }) };
    println(total(Some(list)));
    println(Node { value: 9, next: None });
    list.next = None;
    println(list);
}
