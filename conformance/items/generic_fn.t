fn id<T>(x: T) -> T { x }
fn first<T>(v: Vec<T>) -> Option<T> { v.get(0) }
fn pair<A, B>(a: A, b: B) -> (A, B) { (a, b) }
fn apply_twice<T>(f: fn(T) -> T, x: T) -> T { f(f(x)) }
fn main() {
    println(id(5));
    println(id("s"));
    println(first([3, 4]));
    println(first(["z"]));
    let empty: Vec<Float> = [];
    println(first(empty));
    println(pair(1, "one"));
    println(apply_twice(|x| x * 3, 2));
    println(apply_twice(|s| s + "!", "hi"));
}
