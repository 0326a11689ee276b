enum Tree<T> { Leaf, Node(Tree<T>, T, Tree<T>) }
fn insert(t: Tree<Int>, v: Int) -> Tree<Int> {
    match t {
        Tree::Leaf => Tree::Node(Tree::Leaf, v, Tree::Leaf),
        Tree::Node(l, x, r) => if v < x { Tree::Node(insert(l, v), x, r) } else { Tree::Node(l, x, insert(r, v)) },
    }
}
fn walk(t: Tree<Int>, out: Vec<Int>) {
    match t {
        Tree::Leaf => {},
        Tree::Node(l, x, r) => { walk(l, out); out.push(x); walk(r, out); },
    }
}
fn main() {
    let mut t = Tree::Leaf;
    for v in [5, 2, 8, 1, 9, 3] { t = insert(t, v); }
    let out = Vec::new();
    walk(t, out);
    println(out);
    println(insert(Tree::Leaf, 1));
}
