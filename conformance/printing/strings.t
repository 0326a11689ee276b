fn main() {
    println("bare at top level");
    println(["quoted", "in a Vec"]);
    println(("in", "a tuple"));
    println(Some("in an Option"));
    println(["key": "value"]);
    let e: Result<Int, Str> = Err("bad");
    println(e);
    println("");
    println([""]);
}
