async fn fact(n: Int) -> Int { if n == 0 { 1 } else { n * fact(n - 1).await } }
async fn log(s: Str) { println(s); }
fn main() {
    println(fact(10).join());
    log("logged").join();
    let t = log("again");
    t.join();
}
