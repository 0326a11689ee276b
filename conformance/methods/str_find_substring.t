// pins: find and substring count in characters, like len; substring(from, to) is from inclusive, to exclusive
fn main() {
    println("hello".find("l"));
    println("hello".find("lo"));
    println("hello".find("z"));
    println("héllo".find("l"));
    println("hello".substring(1, 3));
    println("héllo".substring(1, 4));
    println("hello".substring(0, 0).is_empty());
    println("hello".substring(0, 5));
    println("a😀b".substring(1, 2));
}
