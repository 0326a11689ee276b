fn main() {
    let words = ["a", "b"];
    let m = ["k": "v"];
    let o: Option<Str> = Some("s");
    // a Str inside a collection is quoted in interpolation too: interpolation uses the printed form
    println("{words} {m} {o}");
    let s = "bare";
    println("[{s}]");
    let f = 0.1 + 0.2;
    println("f={f}");
}
