enum Maybe<T> { Just(T), Nothing }
impl<T> Maybe<T> {
    fn or(self, d: T) -> T { match self { Maybe::Just(v) => v, Maybe::Nothing => d } }
    fn is_just(self) -> Bool { match self { Maybe::Just(_) => true, Maybe::Nothing => false } }
}
fn main() {
    let a = Maybe::Just(3);
    let b: Maybe<Int> = Maybe::Nothing;
    println(a.or(0));
    println(b.or(7));
    println(a.is_just());
    println(Maybe::Just("s"));
    println(b);
}
