static mut hits: Int = 0;
static mut log: Vec<Str> = [];
fn hit(who: Str) -> Int {
    hits += 1;
    log.push(who);
    hits
}
fn main() {
    hit("a");
    hit("b");
    println(hit("c"));
    hits = hits * 10;
    println(hits);
    println(log);
}
