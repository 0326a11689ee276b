static START: Int = now_ms();
static NAMES: Vec<Str> = ["a", "b"];
static GREETING: Str = make_greeting();
fn make_greeting() -> Str { "hello" + "!" }
fn main() {
    let s1 = START;
    sleep(5);
    let s2 = START;
    println(s1 == s2);
    println(START > 0);
    println(NAMES);
    NAMES.push("c");
    println(NAMES.len());
    println(GREETING);
}
