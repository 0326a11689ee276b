fn main() {
    let double = |x: Int| -> Int { x * 2 };
    let add = |a, b| a + b;
    let konst = || 42;
    let greet = |name: Str| "hi " + name;
    println(double(21));
    println(add(1, 2));
    println(add(10, -3));
    println(konst());
    println(greet("t"));
    let block = |x: Int| {
        let y = x + 1;
        y * y
    };
    println(block(2));
}
